import type { HouseholdRelationship, PersonTransferStatus } from '@ankomst/contracts/housing';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A request of `toMunicipality` for a person held by `fromMunicipality`, and its outcome. */
@Entity({ name: 'person_transfer' })
export class PersonTransferEntity {
  @PrimaryColumn('uuid') id!: string;
  /** The holding municipality's person record. */
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('char', { length: 4, name: 'from_municipality' }) fromMunicipality!: string;
  @Column('char', { length: 4, name: 'to_municipality' }) toMunicipality!: string;
  /** Chosen at request time, so the receiver's audit entries name the person from the start. */
  @Column('uuid', { name: 'receiving_person_id' }) receivingPersonId!: string;
  @Column('uuid', { name: 'receiving_household_id', nullable: true }) receivingHouseholdId!: string | null;
  /** The receiving municipality's household the person joins on release; null: a household of their own. */
  @Column('uuid', { name: 'join_household_id', nullable: true }) joinHouseholdId!: string | null;
  @Column('text', { name: 'join_relationship', nullable: true }) joinRelationship!: HouseholdRelationship | null;
  @Column('text') status!: PersonTransferStatus;
  @Column('text') reason!: string;
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('text', { name: 'requested_by' }) requestedBy!: string;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt!: Date | null;
  @Column('text', { name: 'decided_by', nullable: true }) decidedBy!: string | null;
  @Column('text', { name: 'decline_reason', nullable: true }) declineReason!: string | null;
}
