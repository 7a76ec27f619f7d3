import { z } from 'zod';
import { defineEvent } from '../events/envelope';
import { kommunenummer } from '../common/municipality';

/**
 * Transfer events name persons by their ids in each municipality, never by national id.
 * `personId` is the holding municipality's record; `receivingPersonId` the new one.
 */
const transferParties = {
  transferId: z.uuid(),
  personId: z.uuid(),
  fromMunicipality: kommunenummer,
  toMunicipality: kommunenummer,
};

export const personTransferRequested = defineEvent('ankomst.housing.person-transfer-requested.v1', z.object(transferParties));

export const personTransferReleased = defineEvent(
  'ankomst.housing.person-transfer-released.v1',
  z.object({
    ...transferParties,
    /** The holder's household the person was in; it stays with the holder. */
    householdId: z.uuid(),
    receivingPersonId: z.uuid(),
    receivingHouseholdId: z.uuid(),
    movedOutAt: z.string(),
  }),
);

export const personTransferDeclined = defineEvent(
  'ankomst.housing.person-transfer-declined.v1',
  z.object({ ...transferParties, reason: z.string() }),
);

export const personTransferEvents = [personTransferRequested, personTransferReleased, personTransferDeclined];
