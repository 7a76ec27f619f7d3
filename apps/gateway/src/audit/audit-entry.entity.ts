import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One audit log line. Rows are only ever inserted (a trigger refuses UPDATE, DELETE, TRUNCATE). */
@Entity({ name: 'audit_entry' })
export class AuditEntryEntity {
  /** Gap-free position in the chain, assigned under the chain lock: a gap means a deletion. */
  @PrimaryColumn({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'user_id', type: 'text' })
  userId!: string;

  @Column({ type: 'text' })
  username!: string;

  @Column({ type: 'text' })
  role!: string;

  @Column({ type: 'char', length: 4 })
  municipality!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'person_ids', type: 'text', array: true })
  personIds!: string[];

  @Column({ type: 'text' })
  result!: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId!: string;

  @Column({ name: 'break_glass', type: 'boolean' })
  breakGlass!: boolean;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
