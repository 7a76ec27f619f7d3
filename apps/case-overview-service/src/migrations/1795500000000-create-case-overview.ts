import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LIVE_SCHEMA, readModelDdl } from '../read-model/read-model.schema';

/**
 * The read model (schema read_model, rebuildable from the streams) and the service's own
 * records: the consent registry and referrals (public, never rebuilt).
 */
export class CreateCaseOverview1795500000000 implements MigrationInterface {
  name = 'CreateCaseOverview1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Trigram search on names, combined with municipality in one GIN index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const statement of readModelDdl(LIVE_SCHEMA)) await queryRunner.query(statement);

    await queryRunner.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        municipality text NOT NULL,
        scope text NOT NULL,
        grantor text NOT NULL CHECK (grantor IN ('self', 'guardian', 'representative')),
        grantor_name text,
        evidence_note text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text NOT NULL,
        withdrawn_at timestamptz,
        withdrawn_by text,
        withdrawal_note text
      )`);
    await queryRunner.query(`CREATE INDEX consent_person_idx ON consent (person_id, scope, recorded_at DESC)`);
    // At most one consent in force per person and scope: giving again replaces nothing silently.
    await queryRunner.query(`CREATE UNIQUE INDEX consent_one_active_idx ON consent (person_id, scope) WHERE withdrawn_at IS NULL`);

    await queryRunner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        municipality text NOT NULL,
        person_id uuid NOT NULL,
        household_id uuid NOT NULL,
        from_department text NOT NULL,
        to_department text NOT NULL,
        reason text NOT NULL,
        required_scope text,
        consent_overridden boolean NOT NULL DEFAULT false,
        override_reason text,
        status text NOT NULL CHECK (status IN ('open', 'accepted', 'rejected', 'completed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        decided_at timestamptz,
        decided_by text,
        decision_note text,
        completed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX referral_to_idx ON referral (municipality, to_department, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX referral_from_idx ON referral (municipality, from_department, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX referral_person_idx ON referral (person_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE referral`);
    await queryRunner.query(`DROP TABLE consent`);
    await queryRunner.query(`DROP SCHEMA ${LIVE_SCHEMA} CASCADE`);
  }
}
