import type { MigrationInterface, QueryRunner } from 'typeorm';

/** health assessments: one row per person and municipality. */
export class CreateHealthTables1796110206245 implements MigrationInterface {
  name = 'CreateHealthTables1796110206245';

  async up(queryRunner: QueryRunner): Promise<void> {
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

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE health_assessment`);
  }
}
