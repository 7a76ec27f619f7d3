import { domainIssue, type FieldIssue, nationalIdAgreesWithBirthDate } from '@ankomst/contracts';
import { ServiceException } from '@ankomst/platform-messaging';
import type { EntityManager } from 'typeorm';

/**
 * Rules between a new date and dates the housing service already holds: the order a case
 * runs in (born → residence permit → settled; IMDi request → tenancy). The contracts check
 * each date alone; these need the stored record, so they run inside the write's transaction
 * and refuse before anything is written.
 */
interface StoredPerson {
  birthDate: string;
  residencePermitDate: string | null;
  settledOn: string | null;
}

const refuse = (issues: FieldIssue[]) => {
  if (issues.length) throw ServiceException.validation(issues);
};

/** Settlement cannot precede the residence permit: it would count as settled within the 6-month target. */
export function assertSettlementAfterPermit(person: StoredPerson, settledOn: string): void {
  refuse([
    ...(settledOn < person.birthDate
      ? [domainIssue('settledOn', 'date_before', 'must not be before the birth date', { other: 'birthDate' })]
      : []),
    ...(person.residencePermitDate && settledOn < person.residencePermitDate
      ? [
          domainIssue('settledOn', 'date_before', `must not be before the residence permit (${person.residencePermitDate})`, {
            other: 'residencePermitDate',
            date: person.residencePermitDate,
          }),
        ]
      : []),
  ]);
}

/** A changed permit date or national id must still fit the person's birth and settlement dates. */
export function assertPersonChangeFits(person: StoredPerson, change: { residencePermitDate?: string; nationalId?: string }): void {
  const permit = change.residencePermitDate;
  refuse([
    ...(permit && permit < person.birthDate
      ? [
          domainIssue('residencePermitDate', 'date_before', `must not be before the birth date (${person.birthDate})`, {
            other: 'birthDate',
            date: person.birthDate,
          }),
        ]
      : []),
    ...(permit && person.settledOn && permit > person.settledOn
      ? [
          domainIssue('residencePermitDate', 'date_after', `must not be after the settlement (${person.settledOn})`, {
            other: 'settledOn',
            date: person.settledOn,
          }),
        ]
      : []),
    ...(!nationalIdAgreesWithBirthDate(change.nationalId, person.birthDate)
      ? [
          domainIssue('nationalId', 'national_id_birth_date_mismatch', `must agree with the birth date (${person.birthDate})`, {
            date: person.birthDate,
          }),
        ]
      : []),
  ]);
}

/** A tenancy cannot start before IMDi asked: it would count as housed within the 4-week target. */
export function assertTenancyAfterRequest(requestedOn: string | null, startDate: string): void {
  if (requestedOn && startDate < requestedOn) {
    refuse([
      domainIssue('startDate', 'date_before', `must not be before IMDi's request for the household (${requestedOn})`, {
        other: 'requestedOn',
        date: requestedOn,
      }),
    ]);
  }
}

/** A corrected request date must still come before the household's first tenancy (the 4-week measure). */
export async function assertRequestBeforeTenancies(manager: EntityManager, householdId: string, requestedOn: string): Promise<void> {
  const [row] = await manager.query<{ first: string | null }[]>(
    'SELECT min(start_date)::text AS first FROM tenancy WHERE household_id = $1',
    [householdId],
  );
  if (row?.first && row.first < requestedOn) {
    refuse([
      domainIssue('requestedOn', 'date_after', `must not be after the household's first tenancy (${row.first})`, {
        other: 'startDate',
        date: row.first,
      }),
    ]);
  }
}
