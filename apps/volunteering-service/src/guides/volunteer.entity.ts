import type { Availability, EducationLevel, Gender, GuideRole, GuideStatus, LifeSituation } from '@ankomst/contracts/volunteering';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One volunteer in the actor's municipality: the sign-up, the screening items and the decision. */
@Entity({ name: 'volunteer' })
export class VolunteerEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('text') role!: GuideRole;
  @Column('text') name!: string;
  @Column('text') email!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('date', { name: 'birth_date' }) birthDate!: string;
  @Column('text', { nullable: true }) gender!: Gender | null;
  @Column('text', { array: true }) languages!: string[];
  @Column('text', { array: true }) interests!: string[];
  @Column('text', { nullable: true }) profession!: string | null;
  @Column('text', { nullable: true }) education!: EducationLevel | null;
  @Column('text', { array: true }) availability!: Availability[];
  @Column('text') area!: string;
  @Column('text', { name: 'life_situation', nullable: true }) lifeSituation!: LifeSituation | null;
  @Column('text') motivation!: string;
  @Column('boolean', { name: 'guardian_consent' }) guardianConsent!: boolean;
  @Column('date', { name: 'privacy_consent_on' }) privacyConsentOn!: string;
  @Column('date', { name: 'signed_up_on' }) signedUpOn!: string;
  @Column('int', { name: 'repeated_sign_ups' }) repeatedSignUps!: number;
  @Column('text') status!: GuideStatus;
  @Column('date', { name: 'decided_on', nullable: true }) decidedOn!: string | null;
  @Column('text', { name: 'rejection_reason', nullable: true }) rejectionReason!: string | null;
  @Column('date', { name: 'interview_on', nullable: true }) interviewOn!: string | null;
  @Column('date', { name: 'start_course_on', nullable: true }) startCourseOn!: string | null;
  @Column('date', { name: 'first_aid_on', nullable: true }) firstAidOn!: string | null;
  @Column('date', { name: 'ethics_signed_on', nullable: true }) ethicsSignedOn!: string | null;
  @Column('date', { name: 'police_certificate_date', nullable: true }) policeCertificateDate!: string | null;
  @Column('date', { name: 'police_certificate_seen_on', nullable: true }) policeCertificateSeenOn!: string | null;
  @Column('text', { name: 'police_certificate_seen_by', nullable: true }) policeCertificateSeenBy!: string | null;
  @Column('boolean', { name: 'police_certificate_no_remarks', nullable: true }) policeCertificateNoRemarks!: boolean | null;
  @Column('date', { name: 'last_evaluation_on', nullable: true }) lastEvaluationOn!: string | null;
  @Column('text', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('text', { name: 'invitation_code_hash', nullable: true }) invitationCodeHash!: string | null;
}
