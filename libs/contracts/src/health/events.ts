import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { defineEvent } from '../events/envelope';

/**
 * Events of the health service, published to its stream ANKOMST_HEALTH. Payloads carry ids
 * and dates, never a national id. A breaking change is a new subject (.v2).
 */
export const healthAssessmentRegistered = defineEvent(
  'ankomst.health.health-assessment-registered.v1',
  z.object({
    healthAssessmentId: z.uuid(),
    municipality: kommunenummer,
    personId: z.uuid(),
    householdId: z.uuid(),
    registeredOn: z.iso.date(),
  }),
);

/** Every event the service records: the subjects of its stream. */
export const healthEvents = [healthAssessmentRegistered];
