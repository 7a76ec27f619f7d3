import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One item of a person's arrival checklist: its dates, status, responsible unit and referral. */
@Entity({ name: 'checklist_item' })
export class ChecklistItemEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('text') kind!: string;
  @Column('date', { name: 'recommended_by', nullable: true }) recommendedBy!: string | null;
  @Column('date', { name: 'due_on' }) dueOn!: string;
  @Column('date', { name: 'latest_on', nullable: true }) latestOn!: string | null;
  @Column('date', { name: 'alert_from' }) alertFrom!: string;
  @Column('text') status!: string;
  @Column('text', { name: 'responsible_unit' }) responsibleUnit!: string;
  @Column('text') referral!: string;
  /** Health detail: stays in this database. */
  @Column('text', { nullable: true }) note!: string | null;
  /** Null until a health worker records something: until then a corrected arrival date re-plans the item. */
  @Column('text', { name: 'updated_by', nullable: true }) updatedBy!: string | null;
  @Column('timestamptz', { name: 'updated_at', nullable: true }) updatedAt!: Date | null;
}
