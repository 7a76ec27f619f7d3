import type { MatchStatus } from '@ankomst/contracts/volunteering';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A volunteer matched with a person on the waiting list: proposed, accepted by both, ended. */
@Entity({ name: 'guide_match' })
export class MatchEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('uuid', { name: 'guide_id' }) guideId!: string;
  @Column('text') status!: MatchStatus;
  @Column('boolean', { name: 'refugee_accepted' }) refugeeAccepted!: boolean;
  @Column('boolean', { name: 'volunteer_accepted' }) volunteerAccepted!: boolean;
  @Column('date', { name: 'proposed_on' }) proposedOn!: string;
  @Column('date', { name: 'started_on', nullable: true }) startedOn!: string | null;
  @Column('date', { name: 'agreement_ends_on', nullable: true }) agreementEndsOn!: string | null;
  @Column('int', { name: 'hours_per_month' }) hoursPerMonth!: number;
  @Column('date', { name: 'ended_on', nullable: true }) endedOn!: string | null;
  @Column('text', { name: 'end_reason', nullable: true }) endReason!: string | null;
  @Column('text', { nullable: true }) evaluation!: string | null;
  @Column('boolean') continues!: boolean;
}

/** One logged contact of a match, with the time spent. */
@Entity({ name: 'match_contact' })
export class ContactEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'match_id' }) matchId!: string;
  @Column('date', { name: 'contact_on' }) on!: string;
  @Column('int') minutes!: number;
  @Column('text') note!: string;
  @Column('text', { name: 'logged_by' }) loggedBy!: string;
}
