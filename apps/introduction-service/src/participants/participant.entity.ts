import type { ExitOutcome, ExitReason, FollowUpStatus, LivingSituation, ParticipantStatus } from '@ankomst/contracts/introduction';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface MappingRecord {
  languages: string[];
  education: string;
  hasUpperSecondary: boolean;
  workExperience: string;
  otherCompetence: string;
  interpreterUsed: boolean;
  mappedOn: string;
}

export interface CareerGuidanceRecord {
  recommendation: 'work' | 'education';
  note: string;
  recordedOn: string;
}

export interface DecisionRecord {
  outcome: 'granted' | 'refused';
  decidedOn: string;
  reason: string | null;
  appealInformation: string;
}

export interface ExitRecord {
  reason: ExitReason;
  outcome: ExitOutcome;
  exitedOn: string;
  note: string | null;
}

/** The status one year after the exit, with who registered it and when (a new registration replaces it). */
export interface FollowUpRecord {
  status: FollowUpStatus;
  observedOn: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface StopRecord {
  kind: 'temporary' | 'permanent';
  ground: string;
  from: string;
  to: string | null;
}

/** A candidate or participant of the introduction programme in one municipality. */
@Entity({ name: 'participant' })
export class ParticipantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('text') source!: 'settled-event' | 'manual';
  @Column('text', { name: 'manual_reason', nullable: true }) manualReason!: string | null;
  @Column('text') status!: ParticipantStatus;
  /** Bumped by every change; carried by the events so consumers can ignore stale ones. */
  @Column('int') version!: number;
  @Column('boolean', { name: 'expects_child' }) expectsChild!: boolean;
  @Column('text', { name: 'living_situation' }) livingSituation!: LivingSituation;
  @Column('boolean', { name: 'research_opt_out' }) researchOptOut!: boolean;
  @Column('jsonb', { nullable: true }) mapping!: MappingRecord | null;
  @Column('jsonb', { name: 'career_guidance', nullable: true }) careerGuidance!: CareerGuidanceRecord | null;
  @Column('jsonb', { nullable: true }) decision!: DecisionRecord | null;
  @Column('jsonb', { nullable: true }) stop!: StopRecord | null;
  @Column('jsonb', { nullable: true }) exit!: ExitRecord | null;
  @Column('jsonb', { name: 'follow_up', nullable: true }) followUp!: FollowUpRecord | null;
}
