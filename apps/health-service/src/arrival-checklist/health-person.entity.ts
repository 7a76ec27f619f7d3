import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A person the refugee health service follows, from the housing service's person-settled event:
 * who, born when, arrived when (the day of settlement), and the follow-up status other
 * services may learn under consent (none / active / closed, and the responsible unit).
 */
@Entity({ name: 'health_person' })
export class HealthPersonEntity {
  @PrimaryColumn('char', { length: 4 }) municipality!: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('text', { name: 'given_name' }) givenName!: string;
  @Column('text', { name: 'family_name' }) familyName!: string;
  @Column('date', { name: 'birth_date' }) birthDate!: string;
  @Column('boolean', { name: 'unaccompanied_minor' }) unaccompaniedMinor!: boolean;
  @Column('date', { name: 'arrived_on' }) arrivedOn!: string;
  /** When the settlement event that set `arrivedOn` happened: an older one arriving later changes nothing. */
  @Column('timestamptz', { name: 'settled_event_at' }) settledEventAt!: Date;
  @Column('text', { name: 'follow_up' }) followUp!: 'active' | 'closed';
  @Column('text', { name: 'responsible_unit' }) responsibleUnit!: string;
}
