import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A recorded settlement request can be corrected (a typing error, a wrong date): the row keeps
 * when it was last corrected; the previous figures travel with the correction event.
 */
export class SettlementRequestCorrection1795935000000 implements MigrationInterface {
  name = 'SettlementRequestCorrection1795935000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE settlement_request ADD COLUMN corrected_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE settlement_request DROP COLUMN corrected_at`);
  }
}
