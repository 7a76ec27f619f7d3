import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A coordination-group case: a family referred in, its mapped service needs, the individual-plan
 * flag and how it closed. Members, meetings and actions are rows of their own tables; only
 * members see the case.
 */
@Entity({ name: 'coordination_case' })
export class CoordinationCaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('text', { name: 'referred_by' }) referredBy!: 'unit' | 'self';
  @Column('text', { name: 'referred_from', nullable: true }) referredFrom!: string | null;
  @Column('date', { name: 'referred_on' }) referredOn!: string;
  @Column('text') reason!: string;
  @Column('text', { name: 'service_needs', array: true }) serviceNeeds!: string[];
  @Column('boolean', { name: 'individual_plan' }) individualPlan!: boolean;
  @Column('text') status!: 'open' | 'closed';
  @Column('date', { name: 'closed_on', nullable: true }) closedOn!: string | null;
  @Column('text', { name: 'closure_reason', nullable: true }) closureReason!: string | null;
  @Column('text', { name: 'closure_note', nullable: true }) closureNote!: string | null;
  @Column('text', { name: 'created_by' }) createdBy!: string;
}
