import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member removed from a household is not deleted: the record keeps its history (tenancies,
 * settlement, audit) and says when and why the person left (left_on, left_reason). The
 * household's member list shows the current members only.
 */
export class HouseholdMemberLeft1795930000000 implements MigrationInterface {
  name = 'HouseholdMemberLeft1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person ADD COLUMN left_on date, ADD COLUMN left_reason text`);
    await queryRunner.query(`ALTER TABLE person ADD CONSTRAINT person_left_ck CHECK ((left_on IS NULL) = (left_reason IS NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person DROP CONSTRAINT person_left_ck`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN left_reason, DROP COLUMN left_on`);
  }
}
