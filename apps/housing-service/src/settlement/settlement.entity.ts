import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'settlement_request' })
export class SettlementRequestEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('integer') year!: number;
  @Column('text') kind!: 'initial' | 'additional';
  @Column('integer') total!: number;
  @Column('integer', { name: 'unaccompanied_minors' }) unaccompaniedMinors!: number;
  @Column('date', { name: 'received_on' }) receivedOn!: string;
  @Column('timestamptz', { name: 'corrected_at', nullable: true }) correctedAt!: Date | null;
}

/** One decision per municipality and year; a new council decision replaces the old. */
@Entity({ name: 'settlement_decision' })
export class SettlementDecisionEntity {
  @PrimaryColumn('char', { length: 4 }) municipality!: string;
  @PrimaryColumn('integer') year!: number;
  @Column('integer') total!: number;
  @Column('integer', { name: 'unaccompanied_minors' }) unaccompaniedMinors!: number;
  @Column('date', { name: 'decided_on' }) decidedOn!: string;
}
