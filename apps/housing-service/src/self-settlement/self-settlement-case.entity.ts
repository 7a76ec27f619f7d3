import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'self_settlement_case' })
export class SelfSettlementCaseEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('text') address!: string;
  @Column('integer', { name: 'monthly_rent_nok' }) monthlyRentNok!: number;
  @Column('boolean', { name: 'permit_confirmed_with_imdi' }) permitConfirmedWithImdi!: boolean;
  @Column('boolean', { name: 'not_assigned_elsewhere' }) notAssignedElsewhere!: boolean;
  @Column('boolean', { name: 'deposit_and_first_rent_available' }) depositAndFirstRentAvailable!: boolean;
  @Column('boolean', { name: 'lease_legally_approved' }) leaseLegallyApproved!: boolean;
  @Column('boolean', { name: 'standard_inspected' }) standardInspected!: boolean;
  @Column('text') status!: 'open' | 'approved' | 'rejected';
  @Column('text', { name: 'rejection_reason', nullable: true }) rejectionReason!: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
}
