import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ekstratilskudd applications to IMDi: one row per application, its cost lines as JSON. */
export class ExtraGrants1796220000000 implements MigrationInterface {
  name = 'ExtraGrants1796220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE extra_grant_application (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        case_id uuid REFERENCES coordination_case (id),
        kind text NOT NULL CHECK (kind IN ('tilskudd-1', 'tilskudd-2')),
        grant_year int NOT NULL CHECK (grant_year BETWEEN 1 AND 20),
        settled_by_agreement boolean NOT NULL,
        condition_known_before boolean NOT NULL,
        born_on date,
        mother_settled_on date,
        condition_note text,
        consent_form_received_on date,
        doctor_statement_received_on date,
        involved_units text[] NOT NULL DEFAULT '{}',
        cost_lines jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'granted', 'rejected')),
        submitted_on date,
        decided_on date,
        granted_nok int,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (municipality, person_id) REFERENCES health_person (municipality, person_id),
        CHECK (status = 'draft' OR (submitted_on IS NOT NULL AND consent_form_received_on IS NOT NULL AND doctor_statement_received_on IS NOT NULL)),
        CHECK (status <> 'granted' OR granted_nok IS NOT NULL)
      )`);
    await queryRunner.query(`CREATE INDEX extra_grant_municipality_idx ON extra_grant_application (municipality, status, submitted_on)`);
    // Tilskudd 1 is one-off: one application of it per person that is not rejected.
    await queryRunner.query(
      `CREATE UNIQUE INDEX extra_grant_tilskudd_1_uq ON extra_grant_application (municipality, person_id) WHERE kind = 'tilskudd-1' AND status <> 'rejected'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE extra_grant_application`);
  }
}
