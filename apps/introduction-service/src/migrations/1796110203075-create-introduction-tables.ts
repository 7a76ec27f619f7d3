import type { MigrationInterface, QueryRunner } from 'typeorm';

/** programme candidates: one row per person and municipality. */
export class CreateIntroductionTables1796110203075 implements MigrationInterface {
  name = 'CreateIntroductionTables1796110203075';

  async up(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(
      `CREATE INDEX programme_candidate_registered_idx ON programme_candidate (municipality, registered_on DESC, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE programme_candidate`);
  }
}
