import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox (events waiting for JetStream), inbox (events a consumer already applied) and
 * dead letters. Every service that records or consumes events lists this migration in
 * its own migrations, so the tables live in the service's own database.
 */
export class CreateMessagingTables1795464000000 implements MigrationInterface {
  name = 'CreateMessagingTables1795464000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Per-aggregate counter: the row lock taken by the upsert serialises writers of one
    // aggregate until commit, so aggregate_seq follows commit order (a BIGSERIAL does not).
    await queryRunner.query(`
      CREATE TABLE outbox_sequence (
        aggregate_id text PRIMARY KEY,
        last_seq bigint NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE outbox (
        id uuid PRIMARY KEY,
        subject text NOT NULL,
        aggregate_id text NOT NULL,
        aggregate_seq bigint NOT NULL,
        envelope jsonb NOT NULL,
        correlation_id text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        stream_seq bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CONSTRAINT outbox_aggregate_seq_unique UNIQUE (aggregate_id, aggregate_seq)
      )`);
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON outbox (aggregate_id, aggregate_seq) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX outbox_pending_age_idx ON outbox (created_at) WHERE status = 'pending'`);
    await queryRunner.query(`CREATE INDEX outbox_sent_at_idx ON outbox (sent_at) WHERE status = 'sent'`);
    // Wakes the relay on commit (notifications of rolled-back transactions are dropped).
    // The relay also polls, because a notification sent while it was down is not replayed.
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_pending', '');
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER outbox_notify AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
    await queryRunner.query(`
      CREATE TABLE inbox (
        event_id uuid NOT NULL,
        consumer text NOT NULL,
        subject text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, consumer)
      )`);
    await queryRunner.query(`CREATE INDEX inbox_received_at_idx ON inbox (received_at)`);
    await queryRunner.query(`
      CREATE TABLE dead_letter (
        id bigserial PRIMARY KEY,
        consumer text NOT NULL,
        stream text NOT NULL,
        stream_seq bigint NOT NULL,
        subject text NOT NULL,
        event_id text,
        correlation_id text,
        deliveries integer NOT NULL,
        reason text NOT NULL,
        data text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT dead_letter_message_unique UNIQUE (consumer, stream, stream_seq)
      )`);
    await queryRunner.query(`CREATE INDEX dead_letter_created_at_idx ON dead_letter (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE dead_letter`);
    await queryRunner.query(`DROP TABLE inbox`);
    await queryRunner.query(`DROP TRIGGER outbox_notify ON outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_notify()`);
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP TABLE outbox_sequence`);
  }
}
