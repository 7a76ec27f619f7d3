import type { ConsentRecord } from '@ankomst/contracts/case-overview';
import type { EntityManager } from 'typeorm';

export interface ConsentRow {
  id: string;
  person_id: string;
  household_id: string;
  municipality: string;
  scope: string;
  grantor: ConsentRecord['grantor'];
  grantor_name: string | null;
  evidence_note: string;
  valid_from: string;
  valid_to: string | null;
  recorded_at: Date;
  recorded_by: string;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdrawal_note: string | null;
}

export const CONSENT_COLUMNS = `id, person_id, household_id, municipality, scope, grantor, grantor_name, evidence_note,
  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to,
  recorded_at, recorded_by, withdrawn_at, withdrawn_by, withdrawal_note`;

export function isActive(row: ConsentRow, today: string): boolean {
  return !row.withdrawn_at && row.valid_from <= today && (row.valid_to === null || row.valid_to >= today);
}

export function toConsentRecord(row: ConsentRow, today: string): ConsentRecord {
  return {
    id: row.id,
    personId: row.person_id,
    municipality: row.municipality,
    scope: row.scope,
    grantor: row.grantor,
    grantorName: row.grantor_name,
    evidenceNote: row.evidence_note,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    recordedAt: row.recorded_at.toISOString(),
    recordedBy: row.recorded_by,
    withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
    withdrawnBy: row.withdrawn_by,
    withdrawalNote: row.withdrawal_note,
    active: isActive(row, today),
  };
}

/** The newest record per person and scope: the one that decides whether it is shared. */
export async function latestConsents(manager: EntityManager, personIds: string[], municipality: string): Promise<ConsentRow[]> {
  if (personIds.length === 0) return [];
  return manager.query(
    `SELECT DISTINCT ON (person_id, scope) ${CONSENT_COLUMNS}
     FROM consent WHERE person_id = ANY($1::uuid[]) AND municipality = $2
     ORDER BY person_id, scope, recorded_at DESC, id`,
    [personIds, municipality],
  );
}
