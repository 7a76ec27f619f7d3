import type { ArrivalOrigin, HouseholdRelationship } from '@ankomst/contracts/housing/events';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What housing's person events said about a person, as of the newest event applied
 * (`asOf` = that event's occurredAt). The introduction service's copy: it never asks housing.
 */
@Entity({ name: 'housing_person' })
export class HousingPersonEntity {
  @PrimaryColumn('char', { length: 4 }) municipality!: string;
  @PrimaryColumn('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('text', { name: 'given_name' }) givenName!: string;
  @Column('text', { name: 'family_name' }) familyName!: string;
  @Column('date', { name: 'birth_date' }) birthDate!: string;
  @Column('text') sex!: 'female' | 'male' | 'unspecified';
  @Column('text') relationship!: HouseholdRelationship;
  @Column('text') origin!: ArrivalOrigin;
  @Column('date', { name: 'residence_permit_date', nullable: true }) residencePermitDate!: string | null;
  @Column('date', { name: 'settled_on', nullable: true }) settledOn!: string | null;
  @Column('timestamptz', { name: 'as_of' }) asOf!: Date;
}
