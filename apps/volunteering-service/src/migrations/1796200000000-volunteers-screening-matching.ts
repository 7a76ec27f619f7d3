import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Volunteers and their screening, the waiting list's wishes, matches with their contact log,
 * and the messages waiting to be sent. A police certificate is recorded as seen (date, type,
 * who saw it, remarks or not): there is no column for the document itself.
 */
export class VolunteersScreeningMatching1796200000000 implements MigrationInterface {
  name = 'VolunteersScreeningMatching1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE volunteer (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        role text NOT NULL CHECK (role IN ('refugee-guide', 'friend-family', 'professional-mentor', 'youth-buddy')),
        name text NOT NULL,
        email text NOT NULL,
        phone text,
        birth_date date NOT NULL,
        gender text CHECK (gender IN ('female', 'male', 'other')),
        languages text[] NOT NULL,
        interests text[] NOT NULL DEFAULT '{}',
        profession text,
        education text,
        availability text[] NOT NULL,
        area text NOT NULL,
        life_situation text,
        motivation text NOT NULL,
        guardian_consent boolean NOT NULL DEFAULT false,
        privacy_consent_on date NOT NULL,
        signed_up_on date NOT NULL,
        repeated_sign_ups int NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'applicant' CHECK (status IN ('applicant', 'approved', 'rejected', 'withdrawn')),
        decided_on date,
        rejection_reason text,
        interview_on date,
        start_course_on date,
        first_aid_on date,
        ethics_signed_on date,
        police_certificate_date date,
        police_certificate_seen_on date,
        police_certificate_seen_by text,
        police_certificate_no_remarks boolean,
        last_evaluation_on date,
        user_id text UNIQUE,
        invitation_code_hash text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT volunteer_email_uq UNIQUE (municipality, email),
        CONSTRAINT volunteer_rejection_reason CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX volunteer_status_idx ON volunteer (municipality, status)`);

    await queryRunner.query(`ALTER TABLE guide_request ALTER COLUMN person_id DROP NOT NULL, ALTER COLUMN household_id DROP NOT NULL`);
    await queryRunner.query(`
      ALTER TABLE guide_request
        ADD COLUMN name text NOT NULL DEFAULT '',
        ADD COLUMN source text NOT NULL DEFAULT 'settled-with-consent' CHECK (source IN ('settled-with-consent', 'own-request')),
        ADD COLUMN status text NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'proposed', 'matched', 'closed')),
        ADD COLUMN contact_phone text,
        ADD COLUMN contact_email text,
        ADD COLUMN form_language text,
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN area text NOT NULL DEFAULT '',
        ADD COLUMN availability text[] NOT NULL DEFAULT '{}',
        ADD COLUMN wanted_role text,
        ADD COLUMN wanted_gender text,
        ADD COLUMN involves_minors boolean NOT NULL DEFAULT false,
        ADD COLUMN interests text[] NOT NULL DEFAULT '{}',
        ADD COLUMN profession text,
        ADD COLUMN education text,
        ADD COLUMN age_band text,
        ADD COLUMN life_situation text,
        ADD CONSTRAINT guide_request_person_for_settled CHECK (source = 'own-request' OR person_id IS NOT NULL)`);

    await queryRunner.query(`
      CREATE TABLE guide_match (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        request_id uuid NOT NULL REFERENCES guide_request (id),
        guide_id uuid NOT NULL REFERENCES volunteer (id),
        status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'active', 'ended', 'declined')),
        refugee_accepted boolean NOT NULL DEFAULT false,
        volunteer_accepted boolean NOT NULL DEFAULT false,
        proposed_on date NOT NULL,
        started_on date,
        agreement_ends_on date,
        hours_per_month int NOT NULL,
        ended_on date,
        end_reason text,
        evaluation text,
        continues boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open match (proposed or active) per waiting person.
    await queryRunner.query(`CREATE UNIQUE INDEX guide_match_open_uq ON guide_match (request_id) WHERE status IN ('proposed', 'active')`);
    await queryRunner.query(`CREATE INDEX guide_match_guide_idx ON guide_match (guide_id)`);

    await queryRunner.query(`
      CREATE TABLE match_contact (
        id uuid PRIMARY KEY,
        match_id uuid NOT NULL REFERENCES guide_match (id),
        contact_on date NOT NULL,
        minutes int NOT NULL CHECK (minutes BETWEEN 15 AND 720),
        note text NOT NULL DEFAULT '',
        logged_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX match_contact_match_idx ON match_contact (match_id, contact_on DESC)`);

    await queryRunner.query(`
      CREATE TABLE message_outbox (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        to_address text NOT NULL,
        kind text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX message_outbox_created_idx ON message_outbox (municipality, created_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE message_outbox`);
    await queryRunner.query(`DROP TABLE match_contact`);
    await queryRunner.query(`DROP TABLE guide_match`);
    await queryRunner.query(`DELETE FROM guide_request WHERE person_id IS NULL`);
    await queryRunner.query(`
      ALTER TABLE guide_request
        DROP CONSTRAINT guide_request_person_for_settled,
        DROP COLUMN name, DROP COLUMN source, DROP COLUMN status, DROP COLUMN contact_phone, DROP COLUMN contact_email,
        DROP COLUMN form_language, DROP COLUMN languages, DROP COLUMN area, DROP COLUMN availability, DROP COLUMN wanted_role,
        DROP COLUMN wanted_gender, DROP COLUMN involves_minors, DROP COLUMN interests, DROP COLUMN profession,
        DROP COLUMN education, DROP COLUMN age_band, DROP COLUMN life_situation`);
    await queryRunner.query(`ALTER TABLE guide_request ALTER COLUMN person_id SET NOT NULL, ALTER COLUMN household_id SET NOT NULL`);
    await queryRunner.query(`DROP TABLE volunteer`);
  }
}
