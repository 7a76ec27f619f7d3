import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One ekstratilskudd application to IMDi for a person the health service follows. */
@Entity({ name: 'extra_grant_application' })
export class ExtraGrantEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'case_id', nullable: true }) caseId!: string | null;
  @Column('text') kind!: 'tilskudd-1' | 'tilskudd-2';
  @Column('int', { name: 'grant_year' }) grantYear!: number;
  @Column('boolean', { name: 'settled_by_agreement' }) settledByAgreementWithImdi!: boolean;
  @Column('boolean', { name: 'condition_known_before' }) conditionKnownBeforeSettlement!: boolean;
  @Column('date', { name: 'born_on', nullable: true }) bornOn!: string | null;
  @Column('date', { name: 'mother_settled_on', nullable: true }) motherSettledOn!: string | null;
  /** Health detail: stays in this database. */
  @Column('text', { name: 'condition_note', nullable: true }) conditionNote!: string | null;
  @Column('date', { name: 'consent_form_received_on', nullable: true }) consentFormReceivedOn!: string | null;
  @Column('date', { name: 'doctor_statement_received_on', nullable: true }) doctorStatementReceivedOn!: string | null;
  @Column('text', { name: 'involved_units', array: true }) involvedUnits!: string[];
  @Column('jsonb', { name: 'cost_lines' }) costLines!: { unit: string; description: string; amountNok: number }[];
  @Column('text') status!: 'draft' | 'submitted' | 'granted' | 'rejected';
  @Column('date', { name: 'submitted_on', nullable: true }) submittedOn!: string | null;
  @Column('date', { name: 'decided_on', nullable: true }) decidedOn!: string | null;
  @Column('int', { name: 'granted_nok', nullable: true }) grantedNok!: number | null;
  @Column('text', { name: 'created_by' }) createdBy!: string;
}
