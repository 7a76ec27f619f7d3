import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { defineEvent } from '../events/envelope';
import { healthFollowUp, healthUnit } from './checklist';

/**
 * Events of the health service, published to its stream ANKOMST_HEALTH. Health details never
 * leave the service: an event says at most that a person's health follow-up is active or
 * closed and which unit is responsible, nothing about what is followed up. Other services
 * show even that only under the person's consent (`health-follow-up-status`). A breaking
 * change is a new subject (.v2).
 */
export const healthFollowUpChanged = defineEvent(
  'ankomst.health.health-follow-up-changed.v1',
  z.object({
    personId: z.uuid(),
    householdId: z.uuid(),
    municipality: kommunenummer,
    followUp: healthFollowUp.exclude(['none']),
    responsibleUnit: healthUnit,
    changedOn: z.iso.date(),
  }),
);

/** Every event the service records: the subjects of its stream. */
export const healthEvents = [healthFollowUpChanged];
