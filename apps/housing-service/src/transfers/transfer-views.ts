import type { IncomingPersonTransfer, OutgoingPersonTransfer } from '@ankomst/contracts/housing';
import type { PersonEntity } from '../households/household.entity';
import type { PersonTransferEntity } from './person-transfer.entity';

/** The receiver's view: its own request and the outcome, nothing about the sender or the person there. */
export function toOutgoingTransfer(transfer: PersonTransferEntity): OutgoingPersonTransfer {
  return {
    id: transfer.id,
    status: transfer.status,
    municipality: transfer.toMunicipality,
    personId: transfer.receivingPersonId,
    householdId: transfer.receivingHouseholdId,
    reason: transfer.reason,
    requestedAt: transfer.requestedAt.toISOString(),
    requestedBy: transfer.requestedBy,
    decidedAt: transfer.decidedAt?.toISOString() ?? null,
    declineReason: transfer.declineReason,
  };
}

/** The holder's view: which of its persons, asked for by whom and from where. */
export function toIncomingTransfer(transfer: PersonTransferEntity, person: PersonEntity): IncomingPersonTransfer {
  return {
    id: transfer.id,
    status: transfer.status,
    requestingMunicipality: transfer.toMunicipality,
    person: {
      id: person.id,
      householdId: person.householdId,
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
    },
    reason: transfer.reason,
    requestedAt: transfer.requestedAt.toISOString(),
    requestedBy: transfer.requestedBy,
    decidedAt: transfer.decidedAt?.toISOString() ?? null,
    decidedBy: transfer.decidedBy,
    declineReason: transfer.declineReason,
  };
}
