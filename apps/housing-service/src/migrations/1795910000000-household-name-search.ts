import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the household list search members' names by any fragment ("hadd" finds Haddad, "mi h"
 * finds Rami Haddad) without reading every person row: a trigram index on the lower-cased
 * "given family" name, the exact expression the list filter compares.
 */
export class HouseholdNameSearch1795910000000 implements MigrationInterface {
  name = 'HouseholdNameSearch1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX person_name_search_idx ON person USING gin (lower(given_name || ' ' || family_name) gin_trgm_ops)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The extension stays: it may have been there before, and other objects may use it by now.
    await queryRunner.query(`DROP INDEX person_name_search_idx`);
  }
}
