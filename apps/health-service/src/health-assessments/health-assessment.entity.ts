import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One health assessment: a person of a household in the actor's municipality, and since when. */
@Entity({ name: 'health_assessment' })
export class HealthAssessmentEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('uuid', { name: 'household_id' }) householdId!: string;
  @Column('date', { name: 'registered_on' }) registeredOn!: string;
}
