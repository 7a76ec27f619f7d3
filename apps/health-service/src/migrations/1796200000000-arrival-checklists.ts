import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The refugee health service's own records replace the generated starter table: the persons it
 * follows (from person-settled) and each one's arrival checklist.
 */
export class ArrivalChecklists1796200000000 implements MigrationInterface {
  name = 'ArrivalChecklists1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS health_assessment`);
    await queryRunner.query(`
      CREATE TABLE health_person (
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        birth_date date NOT NULL,
        unaccompanied_minor boolean NOT NULL,
        arrived_on date NOT NULL,
        settled_event_at timestamptz NOT NULL,
        follow_up text NOT NULL CHECK (follow_up IN ('active', 'closed')),
        responsible_unit text NOT NULL,
        PRIMARY KEY (municipality, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX health_person_household_idx ON health_person (municipality, household_id)`);
    await queryRunner.query(`
      CREATE TABLE checklist_item (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        kind text NOT NULL,
        recommended_by date,
        due_on date NOT NULL,
        latest_on date,
        alert_from date NOT NULL,
        status text NOT NULL CHECK (status IN ('due', 'offered', 'done', 'declined', 'not-applicable')),
        responsible_unit text NOT NULL,
        referral text NOT NULL CHECK (referral IN ('none', 'gp', 'specialist')),
        note text,
        updated_by text,
        updated_at timestamptz,
        CONSTRAINT checklist_item_kind_uq UNIQUE (municipality, person_id, kind),
        FOREIGN KEY (municipality, person_id) REFERENCES health_person (municipality, person_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX checklist_item_open_idx ON checklist_item (municipality, due_on) WHERE status IN ('due', 'offered')`,
    );
    // MIGRA station: children are followed up to one year after arrival, then handed over.
    await queryRunner.query(`
      CREATE TABLE child_follow_up (
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        follow_up_until date NOT NULL,
        risk_groups text[] NOT NULL DEFAULT '{}',
        handed_over_on date,
        handed_over_to text CHECK (handed_over_to IN ('gp', 'health-station', 'school-health-service')),
        handover_note text,
        PRIMARY KEY (municipality, person_id),
        FOREIGN KEY (municipality, person_id) REFERENCES health_person (municipality, person_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE child_vaccination (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        vaccine text NOT NULL,
        given_on date NOT NULL,
        recorded_by text NOT NULL,
        FOREIGN KEY (municipality, person_id) REFERENCES child_follow_up (municipality, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX child_vaccination_person_idx ON child_vaccination (municipality, person_id, given_on)`);
    await queryRunner.query(`
      CREATE TABLE child_contact (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('consultation', 'check-up', 'home-visit', 'diet-mapping')),
        held_on date NOT NULL,
        note text,
        recorded_by text NOT NULL,
        FOREIGN KEY (municipality, person_id) REFERENCES child_follow_up (municipality, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX child_contact_person_idx ON child_contact (municipality, person_id, held_on DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE child_contact`);
    await queryRunner.query(`DROP TABLE child_vaccination`);
    await queryRunner.query(`DROP TABLE child_follow_up`);
    await queryRunner.query(`DROP TABLE checklist_item`);
    await queryRunner.query(`DROP TABLE health_person`);
    await queryRunner.query(`
      CREATE TABLE health_assessment (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        registered_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT health_assessment_person_uq UNIQUE (municipality, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX health_assessment_registered_idx ON health_assessment (municipality, registered_on DESC, id)`);
  }
}
