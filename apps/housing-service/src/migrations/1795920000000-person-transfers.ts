import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Persons move between municipalities: a released person record stays with the sender
 * (moved_out_at, moved_to) and the receiver gets a new one with the same national id. The
 * national id is then unique among active holders only, so "one person, one active record".
 * person_transfer holds the requests (optionally naming a receiving household to join); one
 * pending request per person at a time.
 */
export class PersonTransfers1795920000000 implements MigrationInterface {
  name = 'PersonTransfers1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE person ADD COLUMN moved_out_at timestamptz, ADD COLUMN moved_to char(4)`);
    await queryRunner.query(`ALTER TABLE person ADD CONSTRAINT person_moved_out_ck CHECK ((moved_out_at IS NULL) = (moved_to IS NULL))`);
    // Same name, narrower predicate: the conflict handling that reads the name keeps working.
    await queryRunner.query(`DROP INDEX person_national_id_hash_uq`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_national_id_hash_uq ON person (national_id_hash) WHERE national_id_hash IS NOT NULL AND moved_out_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE person_transfer (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL REFERENCES person (id),
        from_municipality char(4) NOT NULL,
        to_municipality char(4) NOT NULL CHECK (to_municipality <> from_municipality),
        receiving_person_id uuid NOT NULL UNIQUE,
        receiving_household_id uuid REFERENCES household (id),
        join_household_id uuid REFERENCES household (id),
        join_relationship text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'released', 'declined')),
        reason text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        requested_by text NOT NULL,
        decided_at timestamptz,
        decided_by text,
        decline_reason text,
        CHECK ((status = 'pending') = (decided_at IS NULL)),
        CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
        CHECK ((status = 'released') = (receiving_household_id IS NOT NULL)),
        CHECK ((join_household_id IS NULL) = (join_relationship IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX person_transfer_pending_uq ON person_transfer (person_id) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX person_transfer_incoming_idx ON person_transfer (from_municipality, requested_at)`);
    await queryRunner.query(`CREATE INDEX person_transfer_outgoing_idx ON person_transfer (to_municipality, requested_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Fails (and changes nothing) once a number was transferred: the old index allows one record per number.
    await queryRunner.query(`DROP TABLE person_transfer`);
    await queryRunner.query(`DROP INDEX person_national_id_hash_uq`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX person_national_id_hash_uq ON person (national_id_hash) WHERE national_id_hash IS NOT NULL`,
    );
    await queryRunner.query(`ALTER TABLE person DROP CONSTRAINT person_moved_out_ck`);
    await queryRunner.query(`ALTER TABLE person DROP COLUMN moved_out_at, DROP COLUMN moved_to`);
  }
}
