import type { AccessRows } from './roles';
import { casesRows } from './cases';
import { healthRows } from './health';
import { housingRows } from './housing';
import { introductionRows } from './introduction';
import { platformRows } from './platform';
import { volunteeringRows } from './volunteering';

export * from './roles';

/**
 * Who may call each route, written out by hand: route → the roles allowed; every other demo
 * role must get 403. Deliberately not derived from the decorators or the role table, so a
 * wrong `@RequirePermission` or a changed role row fails a row here. A new route without a
 * row fails too.
 */
export const expectedAccess: AccessRows = {
  ...platformRows,
  ...housingRows,
  ...casesRows,
  ...introductionRows,
  ...healthRows,
  ...volunteeringRows,
};
