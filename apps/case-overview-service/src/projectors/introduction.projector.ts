import type { Projector } from '../read-model/projector';

/**
 * The introduction department's slot in the case view: it projects nothing yet, so the case
 * view, the attention list and the rebuild are unchanged by it. To fill it, add
 * `section: { key: 'introduction', department, category }` (consent-gated per category) and
 * `on(<event contract>, handler)` entries for the service's events (e.g. `programmeCandidateRegistered`),
 * as `department-extension.integration-spec.ts` shows.
 */
export const introductionProjector: Projector = {
  name: 'introduction',
  handlers: [],
};
