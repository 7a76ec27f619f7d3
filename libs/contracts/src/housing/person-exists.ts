import { z } from 'zod';

/**
 * Asked by the gateway before it grants break-glass access to a person: the person must be
 * on record in the caller's own municipality (housing holds the register of persons).
 * Another municipality's person answers "not found", like a person that does not exist.
 */
export const confirmPerson = z.object({ personId: z.uuid({ message: 'must be a uuid' }) });
export type ConfirmPerson = z.infer<typeof confirmPerson>;

/** Only that the person is known, and where: no personal data in the answer. */
export const confirmedPerson = z.object({ personId: z.uuid(), municipality: z.string() });
export type ConfirmedPerson = z.infer<typeof confirmedPerson>;
