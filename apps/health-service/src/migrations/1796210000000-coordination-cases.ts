import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Koordineringsgruppen MIGRA: cases of referred families, their members, meetings and actions. */
export class CoordinationCases1796210000000 implements MigrationInterface {
  name = 'CoordinationCases1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE coordination_case (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        household_id uuid NOT NULL,
        referred_by text NOT NULL CHECK (referred_by IN ('unit', 'self')),
        referred_from text,
        referred_on date NOT NULL,
        reason text NOT NULL,
        service_needs text[] NOT NULL DEFAULT '{}',
        individual_plan boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_on date,
        closure_reason text,
        closure_note text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (referred_by = 'self' OR referred_from IS NOT NULL),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL AND closure_reason IS NOT NULL))
      )`);
    await queryRunner.query(`CREATE INDEX coordination_case_household_idx ON coordination_case (municipality, household_id)`);
    await queryRunner.query(`
      CREATE TABLE coordination_member (
        case_id uuid NOT NULL REFERENCES coordination_case (id),
        user_id text NOT NULL,
        unit text NOT NULL,
        added_on date NOT NULL,
        PRIMARY KEY (case_id, user_id)
      )`);
    await queryRunner.query(`CREATE INDEX coordination_member_user_idx ON coordination_member (user_id)`);
    await queryRunner.query(`
      CREATE TABLE coordination_meeting (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES coordination_case (id),
        held_on date NOT NULL,
        agenda text NOT NULL,
        minutes text
      )`);
    await queryRunner.query(`CREATE INDEX coordination_meeting_case_idx ON coordination_meeting (case_id, held_on)`);
    await queryRunner.query(`
      CREATE TABLE coordination_action (
        id uuid PRIMARY KEY,
        case_id uuid NOT NULL REFERENCES coordination_case (id),
        meeting_id uuid REFERENCES coordination_meeting (id),
        description text NOT NULL,
        responsible_unit text NOT NULL,
        due_on date NOT NULL,
        done_on date
      )`);
    await queryRunner.query(`CREATE INDEX coordination_action_case_idx ON coordination_action (case_id, due_on)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE coordination_action`);
    await queryRunner.query(`DROP TABLE coordination_meeting`);
    await queryRunner.query(`DROP TABLE coordination_member`);
    await queryRunner.query(`DROP TABLE coordination_case`);
  }
}
