import type { ArrivalOrigin, HouseholdLeaveReason, HouseholdRelationship } from '@ankomst/contracts/housing';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'household' })
export class HouseholdEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('text') origin!: ArrivalOrigin;
  @Column('char', { length: 2, name: 'country_of_origin' }) countryOfOrigin!: string;
  @Column('text', { array: true }) languages!: string[];
  @Column('date', { name: 'requested_on', nullable: true }) requestedOn!: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'registered_at' }) registeredAt!: Date;
}

@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('text', { name: 'given_name' }) givenName!: string;
  @Column('text', { name: 'family_name' }) familyName!: string;
  @Column('date', { name: 'birth_date' }) birthDate!: string;
  @Column('text') sex!: 'female' | 'male' | 'unspecified';
  @Column('text') relationship!: HouseholdRelationship;
  @Column('text', { array: true }) languages!: string[];
  @Column('boolean', { name: 'unaccompanied_minor' }) unaccompaniedMinor!: boolean;
  /** AES-256-GCM ciphertext; never selected unless a caller needs the number itself. */
  @Column('bytea', { name: 'national_id_cipher', nullable: true, select: false }) nationalIdCipher!: Buffer | null;
  @Column('bytea', { name: 'national_id_hash', nullable: true, select: false }) nationalIdHash!: Buffer | null;
  @Column('date', { name: 'residence_permit_date', nullable: true }) residencePermitDate!: string | null;
  @Column('date', { name: 'settled_on', nullable: true }) settledOn!: string | null;
  /** Set when the person was released to another municipality (`movedTo`); the record stays, read-only. */
  @Column('timestamptz', { name: 'moved_out_at', nullable: true }) movedOutAt!: Date | null;
  @Column('char', { length: 4, name: 'moved_to', nullable: true }) movedTo!: string | null;
  /** Set when the person was removed from the household; the record and its history stay. */
  @Column('date', { name: 'left_on', nullable: true }) leftOn!: string | null;
  @Column('text', { name: 'left_reason', nullable: true }) leftReason!: HouseholdLeaveReason | null;
}
