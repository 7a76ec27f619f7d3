import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The arrival-checklist list finds each person's nearest open item and counts the open ones.
 * With only the municipality-wide open-items index (by due date) Postgres walked that index
 * for every person until it met one of theirs: 2.7 s for 2,800 persons in the bench, past the
 * gateway's 5 s timeout at a few thousand more. By person it is one index probe (80 ms).
 */
export class ChecklistOpenByPerson1796230000000 implements MigrationInterface {
  name = 'ChecklistOpenByPerson1796230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX checklist_item_open_by_person_idx ON checklist_item (municipality, person_id, due_on, kind) WHERE status IN ('due', 'offered')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS checklist_item_open_by_person_idx`);
  }
}
