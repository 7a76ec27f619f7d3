/**
 * The read model's tables, created in a schema of their own so a rebuild can fill a fresh
 * copy (`read_model_next`) and swap it in. Everything here is derived from events and can
 * be thrown away: the consent registry and the referrals (the service's own truth) live
 * in `public`. A change to these tables is a new migration plus a rebuild.
 *
 * Projections are written so that applying an event twice, or events of different
 * subjects in any order, gives the same rows: live consumers run one per subject (no
 * order across subjects) while a rebuild replays each stream in order.
 */
export const LIVE_SCHEMA = 'read_model';
export const NEXT_SCHEMA = 'read_model_next';

/** Tables and their keys, in dump order (the rebuild test compares these). */
export const readModelTables = {
  household: 'household_id',
  person: 'person_id',
  tenancy: 'tenancy_id',
  dwelling: 'dwelling_id',
  self_settlement: 'case_id',
  section: 'subject_id, section',
  deadline: 'deadline_id',
  timeline: 'event_id',
} as const;

export function readModelDdl(schema: string): string[] {
  const s = `"${schema}"`;
  return [
    `CREATE SCHEMA ${s}`,
    `CREATE TABLE ${s}.household (
      household_id uuid PRIMARY KEY,
      municipality text NOT NULL,
      origin text,
      country_of_origin text,
      languages text[] NOT NULL DEFAULT '{}',
      requested_on date,
      -- earliest event seen for the household (its registration), so the order of arrival does not matter
      registered_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'registered',
      -- earliest open deadline of any department: drives the search's deadline filter
      next_due_on date,
      -- member summaries and lower-cased names, kept here so a search page is one query
      members jsonb NOT NULL DEFAULT '[]',
      search_text text NOT NULL DEFAULT '',
      dwelling jsonb
    )`,
    `CREATE INDEX ON ${s}.household (municipality, registered_at DESC, household_id DESC)`,
    `CREATE INDEX ON ${s}.household (municipality, status, registered_at DESC, household_id DESC)`,
    `CREATE INDEX ON ${s}.household (municipality, next_due_on)`,
    `CREATE INDEX ON ${s}.household USING gin (municipality, search_text gin_trgm_ops)`,
    `CREATE TABLE ${s}.person (
      person_id uuid PRIMARY KEY,
      household_id uuid NOT NULL,
      municipality text NOT NULL,
      given_name text NOT NULL,
      family_name text NOT NULL,
      birth_date date NOT NULL,
      sex text NOT NULL,
      relationship text NOT NULL,
      unaccompanied_minor boolean NOT NULL,
      residence_permit_date date,
      settled_on date,
      -- last writer wins by (occurred_at, event id): a late, older snapshot never overwrites a newer one
      source_at timestamptz NOT NULL,
      source_event uuid NOT NULL
    )`,
    `CREATE INDEX ON ${s}.person (household_id)`,
    `CREATE TABLE ${s}.tenancy (
      tenancy_id uuid PRIMARY KEY,
      household_id uuid NOT NULL,
      dwelling_id uuid NOT NULL,
      ownership text,
      start_date date,
      end_date date,
      end_reason text
    )`,
    `CREATE INDEX ON ${s}.tenancy (household_id)`,
    `CREATE INDEX ON ${s}.tenancy (dwelling_id)`,
    `CREATE TABLE ${s}.dwelling (
      dwelling_id uuid PRIMARY KEY,
      municipality text NOT NULL,
      ownership text NOT NULL,
      rooms integer NOT NULL,
      size_square_metres numeric NOT NULL,
      accessible boolean NOT NULL
    )`,
    `CREATE TABLE ${s}.self_settlement (
      case_id uuid PRIMARY KEY,
      household_id uuid NOT NULL,
      status text NOT NULL,
      opened_at timestamptz
    )`,
    `CREATE INDEX ON ${s}.self_settlement (household_id)`,
    `CREATE TABLE ${s}.section (
      subject_id uuid NOT NULL,
      section text NOT NULL,
      household_id uuid NOT NULL,
      data jsonb NOT NULL,
      PRIMARY KEY (subject_id, section)
    )`,
    `CREATE INDEX ON ${s}.section (household_id)`,
    `CREATE TABLE ${s}.deadline (
      deadline_id text PRIMARY KEY,
      municipality text NOT NULL,
      household_id uuid NOT NULL,
      person_id uuid,
      department text NOT NULL,
      kind text NOT NULL,
      responsible_unit text NOT NULL,
      due_on date NOT NULL,
      completed_on date,
      detail text
    )`,
    `CREATE INDEX ON ${s}.deadline (municipality, due_on) WHERE completed_on IS NULL`,
    `CREATE INDEX ON ${s}.deadline (household_id)`,
    // A household's next open deadline (household.next_due_on), refreshed by every projection.
    `CREATE INDEX IF NOT EXISTS deadline_open_by_household ON ${s}.deadline (household_id, due_on) WHERE completed_on IS NULL`,
    `CREATE TABLE ${s}.timeline (
      event_id uuid PRIMARY KEY,
      household_id uuid NOT NULL,
      person_id uuid,
      municipality text NOT NULL,
      department text NOT NULL,
      kind text NOT NULL,
      -- consent category guarding the entry's details; null when it is core case data
      category text,
      occurred_at timestamptz NOT NULL,
      summary text NOT NULL
    )`,
    `CREATE INDEX ON ${s}.timeline (household_id, occurred_at DESC)`,
    // Every person snapshot asks whether its person was taken out of that household.
    `CREATE INDEX IF NOT EXISTS timeline_member_removed ON ${s}.timeline (person_id, household_id) WHERE kind = 'household-member-removed'`,
  ];
}
