import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions, login throttling, break-glass grants and the append-only audit log. */
export class IdentityAndAudit1795700000000 implements MigrationInterface {
  name = 'IdentityAndAudit1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      username text NOT NULL UNIQUE,
      display_name text NOT NULL,
      role text NOT NULL,
      municipality char(4) NOT NULL,
      password_hash text,
      external_issuer text,
      external_subject text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (external_issuer, external_subject)
    )`);
    await q.query(`CREATE INDEX app_user_municipality ON app_user (municipality)`);

    await q.query(`CREATE TABLE refresh_token (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      family_id uuid NOT NULL,
      user_id uuid NOT NULL REFERENCES app_user (id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      replaced_at timestamptz,
      revoked_at timestamptz
    )`);
    await q.query(`CREATE INDEX refresh_token_family ON refresh_token (family_id)`);
    await q.query(`CREATE INDEX refresh_token_user ON refresh_token (user_id)`);

    await q.query(`CREATE TABLE login_failure (
      key text PRIMARY KEY,
      failures int NOT NULL,
      window_started_at timestamptz NOT NULL,
      locked_until timestamptz
    )`);

    await q.query(`CREATE TABLE break_glass_grant (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user (id),
      username text NOT NULL,
      role text NOT NULL,
      municipality char(4) NOT NULL,
      person_id text NOT NULL,
      reason text NOT NULL,
      granted_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL
    )`);
    await q.query(`CREATE INDEX break_glass_grant_user_person ON break_glass_grant (user_id, person_id, expires_at)`);

    await q.query(`CREATE TABLE audit_entry (
      seq bigint PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      user_id text NOT NULL,
      username text NOT NULL,
      role text NOT NULL,
      municipality char(4) NOT NULL,
      action text NOT NULL,
      purpose text NOT NULL,
      person_ids text[] NOT NULL,
      result text NOT NULL,
      correlation_id text NOT NULL,
      break_glass boolean NOT NULL,
      prev_hash char(64) NOT NULL,
      hash char(64) NOT NULL
    )`);
    await q.query(`CREATE INDEX audit_entry_person_ids ON audit_entry USING gin (person_ids)`);
    await q.query(`CREATE INDEX audit_entry_municipality_seq ON audit_entry (municipality, seq DESC)`);
    // The newest entry's position and hash, so that cutting entries off the end is detected too.
    await q.query(`CREATE TABLE audit_chain_head (
      id boolean PRIMARY KEY DEFAULT true CHECK (id),
      seq bigint NOT NULL,
      hash char(64) NOT NULL
    )`);
    // Append-only: refuse changes for everyone, including the application's own role.
    await q.query(`CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()`);
    await q.query(`CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_chain_head`);
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_refuse_change()`);
    await q.query(`DROP TABLE break_glass_grant`);
    await q.query(`DROP TABLE login_failure`);
    await q.query(`DROP TABLE refresh_token`);
    await q.query(`DROP TABLE app_user`);
  }
}
