/**
 * The case view in one statement: household, members, sections, settlement deadlines and
 * the newest 200 timeline entries, each by primary key or an index on household_id.
 * $1 household id, $2 the caller's municipality.
 */
export const CASE_SQL = `
SELECT h.household_id, h.municipality, h.origin, h.country_of_origin, to_char(h.requested_on, 'YYYY-MM-DD') AS requested_on,
       h.status, to_char(h.next_due_on, 'YYYY-MM-DD') AS next_due_on, h.dwelling,
       (SELECT COALESCE(jsonb_agg(jsonb_build_object(
                 'personId', p.person_id, 'givenName', p.given_name, 'familyName', p.family_name,
                 'birthDate', to_char(p.birth_date, 'YYYY-MM-DD'), 'relationship', p.relationship,
                 'unaccompaniedMinor', p.unaccompanied_minor,
                 'residencePermitDate', to_char(p.residence_permit_date, 'YYYY-MM-DD'),
                 'settledOn', to_char(p.settled_on, 'YYYY-MM-DD'))
               ORDER BY p.birth_date, p.person_id), '[]'::jsonb)
          FROM read_model.person p WHERE p.household_id = h.household_id) AS persons,
       (SELECT COALESCE(jsonb_agg(jsonb_build_object('personId', s.subject_id, 'section', s.section, 'data', s.data)), '[]'::jsonb)
          FROM read_model.section s WHERE s.household_id = h.household_id) AS sections,
       (SELECT COALESCE(jsonb_agg(jsonb_build_object(
                 'eventId', t.event_id, 'occurredAt', t.occurred_at, 'department', t.department, 'kind', t.kind,
                 'personId', t.person_id, 'category', t.category, 'summary', t.summary)
               ORDER BY t.occurred_at DESC, t.event_id), '[]'::jsonb)
          FROM (SELECT * FROM read_model.timeline WHERE household_id = h.household_id
                ORDER BY occurred_at DESC, event_id LIMIT 200) t) AS timeline
FROM read_model.household h
WHERE h.household_id = $1 AND h.municipality = $2`;

/** A person's household, scoped to the caller's municipality. */
export const HOUSEHOLD_OF_PERSON_SQL = `
SELECT household_id FROM read_model.person WHERE person_id = $1 AND municipality = $2`;

export interface SearchFilters {
  municipality: string;
  name?: string;
  personId?: string;
  status?: string;
  deadline?: 'overdue' | 'due-soon' | 'on-track' | 'none';
  today: string;
  dueSoonUntil: string;
  after?: { registeredAt: string; householdId: string };
  limit: number;
}

/**
 * Search as one statement with only the predicates asked for (no `$n IS NULL OR …`, so
 * the planner picks the matching index): municipality leads every index; the name uses
 * the GIN (municipality, search_text gin_trgm_ops) index; paging is keyset on
 * (registered_at, household_id) DESC, so page 100 costs what page 1 does.
 */
export function searchSql(f: SearchFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [f.municipality];
  const where = ['h.municipality = $1'];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (f.name) where.push(`h.search_text LIKE ${param(`%${escapeLike(f.name.toLowerCase())}%`)}`);
  if (f.personId) {
    where.push(`h.household_id = (SELECT p.household_id FROM read_model.person p WHERE p.person_id = ${param(f.personId)})`);
  }
  if (f.status) where.push(`h.status = ${param(f.status)}`);
  if (f.deadline === 'overdue') where.push(`h.next_due_on < ${param(f.today)}`);
  if (f.deadline === 'due-soon') where.push(`h.next_due_on BETWEEN ${param(f.today)} AND ${param(f.dueSoonUntil)}`);
  if (f.deadline === 'on-track') where.push(`h.next_due_on > ${param(f.dueSoonUntil)}`);
  if (f.deadline === 'none') where.push(`h.next_due_on IS NULL`);
  if (f.after) {
    where.push(`(h.registered_at, h.household_id) < (${param(f.after.registeredAt)}::timestamptz, ${param(f.after.householdId)}::uuid)`);
  }
  const sql = `
SELECT h.household_id, h.municipality, h.status, h.registered_at, to_char(h.next_due_on, 'YYYY-MM-DD') AS next_due_on, h.members
FROM read_model.household h
WHERE ${where.join('\n  AND ')}
ORDER BY h.registered_at DESC, h.household_id DESC
LIMIT ${param(f.limit + 1)}`;
  return { sql, params };
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export const ATTENTION_ORDER: Record<string, string> = {
  due: 'd.due_on ASC, d.deadline_id',
  'due-desc': 'd.due_on DESC, d.deadline_id',
  department: 'd.department, d.due_on ASC, d.deadline_id',
  unit: 'd.responsible_unit, d.due_on ASC, d.deadline_id',
};

/**
 * Open deadlines of every department due by $2 (overdue ones included), by the partial
 * index (municipality, due_on) WHERE completed_on IS NULL. $3 department or null.
 */
export function attentionSql(sort: string): string {
  return `
SELECT d.deadline_id, d.kind, d.department, d.responsible_unit, d.household_id, d.person_id,
       p.given_name, p.family_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, d.detail
FROM read_model.deadline d
LEFT JOIN read_model.person p ON p.person_id = d.person_id
WHERE d.municipality = $1 AND d.completed_on IS NULL AND d.due_on <= $2
  AND ($3::text IS NULL OR d.department = $3)
ORDER BY ${ATTENTION_ORDER[sort] ?? ATTENTION_ORDER['due']}
LIMIT $4 OFFSET $5`;
}
