import type { MigrationInterface, QueryRunner } from 'typeorm';

/** guide requests: one row per person and municipality. */
export class CreateVolunteeringTables1796110208740 implements MigrationInterface {
  name = 'CreateVolunteeringTables1796110208740';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE guide_request (
        id uuid PRIMARY KEY,
        municipality char(4) NOT NULL,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        registered_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT guide_request_person_uq UNIQUE (municipality, person_id)
      )`);
    await queryRunner.query(`CREATE INDEX guide_request_registered_idx ON guide_request (municipality, registered_on DESC, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE guide_request`);
  }
}
