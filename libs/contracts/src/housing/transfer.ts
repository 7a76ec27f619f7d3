import { z } from 'zod';
import { kommunenummer } from '../common/municipality';
import { norwegianId } from '../common/norwegian-id.schema';
import { entityId, isoDate } from './common';
import { householdRelationship } from './household';

/**
 * Moving a person's record between municipalities. The receiving municipality asks by
 * national id (in a body, never a URL) and learns nothing about the person until the
 * holding municipality releases them; then it gets its own person record (a new person id
 * in its own municipality). The sender keeps the person's history, marked as moved out.
 */

const transferReason = z.string().trim().min(3, 'must be at least 3 characters').max(500, 'must be at most 500 characters');

export const personTransferStatus = z.enum(['pending', 'released', 'declined']);
export type PersonTransferStatus = z.infer<typeof personTransferStatus>;

/** The receiving municipality's request: who (by number) and why (shown to the holding municipality). */
export const requestPersonTransfer = z.object({
  nationalId: norwegianId,
  reason: transferReason,
  /**
   * A household of the receiving municipality the person joins on release (a family moving
   * together: the first member released gets a new household, the others join it). Without
   * it the person gets a household of their own and heads it.
   */
  joinHousehold: z.object({ householdId: entityId, relationship: householdRelationship }).nullish(),
});
export type RequestPersonTransfer = z.infer<typeof requestPersonTransfer>;

export const releasePersonTransfer = z.object({ transferId: entityId });
export type ReleasePersonTransfer = z.infer<typeof releasePersonTransfer>;

export const declinePersonTransfer = z.object({ transferId: entityId, reason: transferReason });
export type DeclinePersonTransfer = z.infer<typeof declinePersonTransfer>;

export const listPersonTransfers = z.object({
  status: personTransferStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListPersonTransfers = z.infer<typeof listPersonTransfers>;

/**
 * A transfer as the receiving municipality sees it: its own request and the outcome, never
 * the sending municipality or anything about the person there. `personId` is the id the
 * person has (once released) or will have in the receiving municipality.
 */
export const outgoingPersonTransfer = z.object({
  id: entityId,
  status: personTransferStatus,
  municipality: kommunenummer,
  personId: entityId,
  /** The household the released person was registered in here; null until released. */
  householdId: entityId.nullable(),
  reason: z.string(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
});
export type OutgoingPersonTransfer = z.infer<typeof outgoingPersonTransfer>;
export const outgoingPersonTransferList = z.object({ items: z.array(outgoingPersonTransfer) });
export type OutgoingPersonTransferList = z.infer<typeof outgoingPersonTransferList>;

/** A transfer as the holding municipality sees it: which of its persons, asked by whom, from where, when, why. */
export const incomingPersonTransfer = z.object({
  id: entityId,
  status: personTransferStatus,
  /** The municipality asking for the person. */
  requestingMunicipality: kommunenummer,
  person: z.object({
    id: entityId,
    householdId: entityId,
    givenName: z.string(),
    familyName: z.string(),
    birthDate: isoDate,
  }),
  reason: z.string(),
  requestedAt: z.string(),
  requestedBy: z.string(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  declineReason: z.string().nullable(),
});
export type IncomingPersonTransfer = z.infer<typeof incomingPersonTransfer>;
export const incomingPersonTransferList = z.object({ items: z.array(incomingPersonTransfer) });
export type IncomingPersonTransferList = z.infer<typeof incomingPersonTransferList>;
