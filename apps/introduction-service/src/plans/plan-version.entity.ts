import type { CefrLevel, MeasureKind, SluttmaalGroup } from '@ankomst/contracts/introduction';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface StoredMeasure {
  kind: MeasureKind;
  description: string;
  hoursPerWeek: number;
  from: string;
  to: string;
  substantialSelfStudy?: boolean;
}

export interface StoredPlan {
  sluttmaalGroup: SluttmaalGroup;
  goal: string;
  norwegianGoal: CefrLevel;
  startDate: string;
  endDate: string;
  extended: boolean;
  extensionReason: string | null;
  contractSignedOn: string | null;
  measures: StoredMeasure[];
}

/** One version of a participant's integration plan: never updated, the next change is the next version. */
@Entity({ name: 'plan_version' })
export class PlanVersionEntity {
  @PrimaryColumn('uuid', { name: 'participant_id' }) participantId!: string;
  @PrimaryColumn('int') version!: number;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('jsonb') plan!: StoredPlan;
  @Column('text') reason!: string;
  @Column('text', { name: 'created_by' }) createdBy!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
