import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LIVE_SCHEMA } from '../read-model/read-model.schema';

/**
 * Every person snapshot the housing projector applies checks that the person was not taken
 * out of that household. Without this index the check read the whole timeline (a sequential
 * scan per event, growing with every event ever projected).
 */
export class TimelineMemberRemoved1796138959000 implements MigrationInterface {
  name = 'TimelineMemberRemoved1796138959000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Databases created since the read model's DDL has the index already have it.
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS timeline_member_removed ON "${LIVE_SCHEMA}".timeline (person_id, household_id) WHERE kind = 'household-member-removed'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "${LIVE_SCHEMA}".timeline_member_removed`);
  }
}
