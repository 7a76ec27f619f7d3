import type {
  IncomingPersonTransfer,
  IncomingPersonTransferList,
  OutgoingPersonTransfer,
  OutgoingPersonTransferList,
} from '@ankomst/contracts';

/**
 * Whose data a transfer answer concerned, by the person's id in the auditing user's own
 * municipality: the holder's record for the holder, the (future) new record for the
 * receiver. So each municipality's access report for its person shows the transfer.
 */
export const auditTransferPersons = {
  outgoing: (body: unknown) => {
    const id = (body as OutgoingPersonTransfer | undefined)?.personId;
    return id ? [id] : [];
  },
  outgoingList: (body: unknown) => (body as OutgoingPersonTransferList | undefined)?.items?.map((t) => t.personId) ?? [],
  incoming: (body: unknown) => {
    const id = (body as IncomingPersonTransfer | undefined)?.person?.id;
    return id ? [id] : [];
  },
  incomingList: (body: unknown) => (body as IncomingPersonTransferList | undefined)?.items?.map((t) => t.person.id) ?? [],
};
