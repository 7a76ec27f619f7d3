import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The introduction programme: the persons housing told us about, candidates and participants,
 * plan versions, attendance with its audit of late edits. Replaces the generated
 * programme_candidate table (it held no programme data: person, household and a date).
 */
export class IntroductionProgramme1796300000000 implements MigrationInterface {
  name = 'IntroductionProgramme1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_candidate`);
    await queryRunner.query(`
      CREATE TABLE housing_person (
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        birth_date date NOT NULL,
        sex text NOT NULL,
        relationship text NOT NULL,
        origin text NOT NULL,
        residence_permit_date date,
        settled_on date,
        -- occurredAt of the newest housing event applied: an older one arriving later changes nothing
        as_of timestamptz NOT NULL,
        PRIMARY KEY (municipality, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX housing_person_household_idx ON housing_person (municipality, household_id)`);
    await queryRunner.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        source text NOT NULL CHECK (source IN ('settled-event', 'manual')),
        manual_reason text,
        status text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        expects_child boolean NOT NULL DEFAULT false,
        living_situation text NOT NULL DEFAULT 'other',
        research_opt_out boolean NOT NULL DEFAULT false,
        mapping jsonb,
        career_guidance jsonb,
        decision jsonb,
        stop jsonb,
        exit jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT participant_person_uq UNIQUE (municipality, person_id),
        CONSTRAINT participant_manual_reason CHECK (source <> 'manual' OR manual_reason IS NOT NULL),
        CONSTRAINT participant_exit_complete CHECK (exit IS NULL OR (exit ? 'reason' AND exit ? 'outcome' AND exit ? 'exitedOn'))
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_version (
        participant_id uuid NOT NULL REFERENCES participant(id),
        version integer NOT NULL,
        municipality char(4) NOT NULL,
        plan jsonb NOT NULL,
        reason text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE attendance_entry (
        participant_id uuid NOT NULL REFERENCES participant(id),
        day date NOT NULL,
        measure_kind text NOT NULL,
        municipality char(4) NOT NULL,
        hours numeric(4,2) NOT NULL CHECK (hours > 0 AND hours <= 12),
        presence text NOT NULL CHECK (presence IN ('present', 'approved-absence', 'unapproved-absence')),
        absence_reason text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, day, measure_kind),
        CONSTRAINT attendance_approved_reason CHECK (presence <> 'approved-absence' OR absence_reason IS NOT NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE attendance_edit (
        id bigserial PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant(id),
        day date NOT NULL,
        measure_kind text NOT NULL,
        before jsonb,
        after jsonb NOT NULL,
        reason text NOT NULL,
        edited_by text NOT NULL,
        edited_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE attendance_edit`);
    await queryRunner.query(`DROP TABLE attendance_entry`);
    await queryRunner.query(`DROP TABLE plan_version`);
    await queryRunner.query(`DROP TABLE participant`);
    await queryRunner.query(`DROP TABLE housing_person`);
    await queryRunner.query(`
      CREATE TABLE programme_candidate (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        registered_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT programme_candidate_person_uq UNIQUE (municipality, person_id)
      )`);
  }
}
