import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The arrival-checklist list shows persons nearest open deadline first. It searched each
 * person's nearest open item by walking the municipality-wide open-items index in due-date
 * order (2.7 s for 2,800 persons in the bench, past the gateway's 5 s timeout at a few
 * thousand more), then sorted every person of the municipality to show 25.
 *
 * Now the person carries its nearest open due date (`next_due_on`), kept by a trigger on the
 * items so no writer can forget it, and the list reads the first page of an index in that
 * order; the open items are found by person.
 */
/** The nearest due date of the open items of the person row `person`. */
const nextDueOn = (person: string) =>
  `(SELECT min(i.due_on) FROM checklist_item i
     WHERE i.municipality = ${person}.municipality AND i.person_id = ${person}.person_id AND i.status IN ('due', 'offered'))`;

export class ArrivalChecklistListOrder1796230000000 implements MigrationInterface {
  name = 'ArrivalChecklistListOrder1796230000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX checklist_item_open_by_person_idx ON checklist_item (municipality, person_id, due_on, kind) WHERE status IN ('due', 'offered')`,
    );
    await queryRunner.query(`ALTER TABLE health_person ADD COLUMN next_due_on date`);
    await queryRunner.query(`
      CREATE FUNCTION health_person_refresh_next_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          UPDATE health_person p SET next_due_on = ${nextDueOn('p')}
           WHERE p.municipality = OLD.municipality AND p.person_id = OLD.person_id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          UPDATE health_person p SET next_due_on = ${nextDueOn('p')}
           WHERE p.municipality = NEW.municipality AND p.person_id = NEW.person_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER checklist_item_next_due
        AFTER INSERT OR DELETE OR UPDATE OF status, due_on, municipality, person_id ON checklist_item
        FOR EACH ROW EXECUTE FUNCTION health_person_refresh_next_due()`);
    await queryRunner.query(`UPDATE health_person p SET next_due_on = ${nextDueOn('p')}`);
    // The list's order: nearest open deadline first (none last), then by name.
    await queryRunner.query(
      `CREATE INDEX health_person_list_order_idx ON health_person (municipality, next_due_on, family_name, given_name, person_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS health_person_list_order_idx`);
    await queryRunner.query(`DROP TRIGGER IF EXISTS checklist_item_next_due ON checklist_item`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS health_person_refresh_next_due()`);
    await queryRunner.query(`ALTER TABLE health_person DROP COLUMN IF EXISTS next_due_on`);
    await queryRunner.query(`DROP INDEX IF EXISTS checklist_item_open_by_person_idx`);
  }
}
