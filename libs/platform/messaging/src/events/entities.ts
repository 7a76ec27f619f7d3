import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

// Read models for the messaging tables (the tables come from CreateMessagingTables).
// The library itself writes with plain SQL, so listing these entities is optional;
// add `messagingEntities` to a service's entities only to query them with repositories.

@Entity({ name: 'outbox' })
export class OutboxEventEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') subject!: string;
  @Column('text', { name: 'aggregate_id' }) aggregateId!: string;
  @Column('bigint', { name: 'aggregate_seq' }) aggregateSeq!: string;
  @Column('jsonb') envelope!: unknown;
  @Column('text', { name: 'correlation_id' }) correlationId!: string;
  @Column('text') status!: 'pending' | 'sent';
  @Column('integer') attempts!: number;
  @Column('timestamptz', { name: 'next_attempt_at' }) nextAttemptAt!: Date;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('bigint', { name: 'stream_seq', nullable: true }) streamSeq!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
}

@Entity({ name: 'inbox' })
export class InboxEntity {
  @PrimaryColumn('uuid', { name: 'event_id' }) eventId!: string;
  @PrimaryColumn('text') consumer!: string;
  @Column('text') subject!: string;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
}

@Entity({ name: 'dead_letter' })
export class DeadLetterEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('text') consumer!: string;
  @Column('text') stream!: string;
  @Column('bigint', { name: 'stream_seq' }) streamSeq!: string;
  @Column('text') subject!: string;
  @Column('text', { name: 'event_id', nullable: true }) eventId!: string | null;
  @Column('text', { name: 'correlation_id', nullable: true }) correlationId!: string | null;
  @Column('integer') deliveries!: number;
  @Column('text') reason!: string;
  @Column('text') data!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const messagingEntities = [OutboxEventEntity, InboxEntity, DeadLetterEntity];
