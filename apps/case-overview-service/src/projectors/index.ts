import type { Projector } from '../read-model/projector';
import { caseOverviewProjector } from './case-overview.projector';
import { housingProjector } from './housing.projector';
import { introductionAbsenceProjector, introductionProjector } from './introduction.projector';
import { healthProjector } from './health.projector';
import { volunteeringProjector } from './volunteering.projector';

/**
 * Every department feeding the case view. Adding a department (introduction, health,
 * volunteering) is adding its projector file here: its handlers and its section.
 */
export const projectors: readonly Projector[] = [
  housingProjector,
  caseOverviewProjector,
  introductionProjector,
  introductionAbsenceProjector,
  healthProjector,
  volunteeringProjector,
];
