import type { AgeBand, Availability, EducationLevel, Gender, GuideRole, LifeSituation } from '@ankomst/contracts/volunteering';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One person on the waiting list: a settled person the coordinator registered with their
 * consent (person and household from housing), or a request the person sent themselves.
 */
@Entity({ name: 'guide_request' })
export class GuideRequestEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'person_id', nullable: true }) personId!: string | null;
  @Column('uuid', { name: 'household_id', nullable: true }) householdId!: string | null;
  @Column('date', { name: 'registered_on' }) registeredOn!: string;
  @Column('text') name!: string;
  @Column('text') source!: 'settled-with-consent' | 'own-request';
  @Column('text') status!: 'waiting' | 'proposed' | 'matched' | 'closed';
  @Column('text', { name: 'contact_phone', nullable: true }) contactPhone!: string | null;
  @Column('text', { name: 'contact_email', nullable: true }) contactEmail!: string | null;
  @Column('text', { name: 'form_language', nullable: true }) formLanguage!: string | null;
  @Column('text', { array: true }) languages!: string[];
  @Column('text') area!: string;
  @Column('text', { array: true }) availability!: Availability[];
  @Column('text', { name: 'wanted_role', nullable: true }) wantedRole!: GuideRole | null;
  @Column('text', { name: 'wanted_gender', nullable: true }) wantedGender!: Gender | null;
  @Column('boolean', { name: 'involves_minors' }) involvesMinors!: boolean;
  @Column('text', { array: true }) interests!: string[];
  @Column('text', { nullable: true }) profession!: string | null;
  @Column('text', { nullable: true }) education!: EducationLevel | null;
  @Column('text', { name: 'age_band', nullable: true }) ageBand!: AgeBand | null;
  @Column('text', { name: 'life_situation', nullable: true }) lifeSituation!: LifeSituation | null;
}
