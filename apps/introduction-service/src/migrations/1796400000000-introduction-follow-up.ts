import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The follow-up one year after the exit (the 70 % target): the participant's status then, the
 * day it held and who registered it. Only an exited participant has one.
 */
export class IntroductionFollowUp1796400000000 implements MigrationInterface {
  name = 'IntroductionFollowUp1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE participant ADD COLUMN follow_up jsonb`);
    await queryRunner.query(`
      ALTER TABLE participant ADD CONSTRAINT participant_follow_up_complete CHECK (
        follow_up IS NULL OR (
          exit IS NOT NULL
          AND follow_up->>'status' IN ('work-full-time', 'work-part-time', 'education', 'other')
          AND follow_up ? 'observedOn'
          AND (follow_up->>'observedOn')::date >= ((exit->>'exitedOn')::date + interval '1 year')::date
        )
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE participant DROP CONSTRAINT participant_follow_up_complete`);
    await queryRunner.query(`ALTER TABLE participant DROP COLUMN follow_up`);
  }
}
