import { z } from 'zod';
import { norwegianId } from '../common/norwegian-id.schema';
import { personAccessReport } from './audit';

/**
 * The privacy officer's access report found by fødselsnummer or D-nummer. The number travels
 * in a POST body only (never in a URL, a query string or the audit log): the audit log keeps
 * person ids, and only the housing service can turn a number into them.
 */
export const accessReportByNationalId = z.object({ nationalId: norwegianId });
export type AccessReportByNationalId = z.infer<typeof accessReportByNationalId>;

/** A person record of the caller's municipality that holds the number, named so the officer knows whose report it is. */
export const accessReportPerson = z.object({ personId: z.uuid(), displayName: z.string() });
export type AccessReportPerson = z.infer<typeof accessReportPerson>;

/**
 * What the housing service answers the gateway (`ankomst.housing.rpc.resolve-access-report-persons.v1`):
 * every record of the number in the caller's municipality (one person may have several, e.g.
 * released to another municipality and back), or none. No other personal data.
 */
export const accessReportPersons = z.object({ persons: z.array(accessReportPerson) });
export type AccessReportPersons = z.infer<typeof accessReportPersons>;

/** The same report as for a person id, over every record of the number, with whose records they are. */
export const nationalIdAccessReport = z.object({
  persons: z.array(accessReportPerson).min(1),
  accesses: z.array(personAccessReport.shape.accesses.element.extend({ personId: z.string() })),
});
export type NationalIdAccessReport = z.infer<typeof nationalIdAccessReport>;
