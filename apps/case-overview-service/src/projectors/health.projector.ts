import type { Projector } from '../read-model/projector';

/**
 * The health department's slot in the case view: it projects nothing yet, so the case
 * view, the attention list and the rebuild are unchanged by it. To fill it, add
 * `section: { key: 'health', department, category }` (consent-gated per category) and
 * `on(<event contract>, handler)` entries for the service's events (e.g. `healthAssessmentRegistered`),
 * as `department-extension.integration-spec.ts` shows.
 */
export const healthProjector: Projector = {
  name: 'health',
  handlers: [],
};
