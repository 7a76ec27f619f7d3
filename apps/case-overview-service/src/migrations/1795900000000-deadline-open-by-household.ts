import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LIVE_SCHEMA } from '../read-model/read-model.schema';

/**
 * Every projection recomputes its household's next open deadline. Without this index Postgres
 * combined the household index with the municipality-wide open-deadline index, a scan that
 * grew with every open deadline of the municipality.
 */
export class DeadlineOpenByHousehold1795900000000 implements MigrationInterface {
  name = 'DeadlineOpenByHousehold1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Databases created since the read model's DDL has the index already have it.
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS deadline_open_by_household ON "${LIVE_SCHEMA}".deadline (household_id, due_on) WHERE completed_on IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "${LIVE_SCHEMA}".deadline_open_by_household`);
  }
}
