import { ageOn } from '@ankomst/contracts';
import { type AgeBand, type GuideDetail, type GuideSummary } from '@ankomst/contracts/volunteering';
import type { VolunteerEntity } from './volunteer.entity';
import { expiringItems, matchingBlockers, nextStep, type ScreeningRecord } from './screening-rules';

export function ageBandOf(birthDate: string, today: string): AgeBand {
  const age = ageOn(birthDate, today);
  if (age < 18) return '16-17';
  if (age < 30) return '18-29';
  if (age < 45) return '30-44';
  if (age < 60) return '45-59';
  return '60+';
}

export function screeningRecordOf(entity: VolunteerEntity): ScreeningRecord {
  return {
    role: entity.role,
    birthDate: entity.birthDate,
    guardianConsent: entity.guardianConsent,
    status: entity.status,
    decidedOn: entity.decidedOn,
    interviewOn: entity.interviewOn,
    startCourseOn: entity.startCourseOn,
    firstAidOn: entity.firstAidOn,
    ethicsSignedOn: entity.ethicsSignedOn,
    policeCertificate:
      entity.policeCertificateSeenOn && entity.policeCertificateDate
        ? {
            certificateDate: entity.policeCertificateDate,
            type: 'barneomsorgsattest',
            seenOn: entity.policeCertificateSeenOn,
            seenBy: entity.policeCertificateSeenBy ?? '',
            noRemarks: entity.policeCertificateNoRemarks ?? false,
          }
        : null,
    lastEvaluationOn: entity.lastEvaluationOn,
  };
}

export function toGuideSummary(entity: VolunteerEntity, today: string): GuideSummary {
  const record = screeningRecordOf(entity);
  return {
    id: entity.id,
    role: entity.role,
    name: entity.name,
    status: entity.status,
    nextStep: nextStep(record),
    blockers: matchingBlockers(record, today),
    area: entity.area,
    languages: entity.languages,
    gender: entity.gender,
    ageBand: ageBandOf(entity.birthDate, today),
    signedUpOn: entity.signedUpOn,
    repeatedSignUps: entity.repeatedSignUps,
    expiring: expiringItems(record, today),
  };
}

export function toGuideDetail(entity: VolunteerEntity, today: string): GuideDetail {
  const record = screeningRecordOf(entity);
  return {
    ...toGuideSummary(entity, today),
    email: entity.email,
    phone: entity.phone,
    birthDate: entity.birthDate,
    interests: entity.interests,
    profession: entity.profession,
    education: entity.education,
    availability: entity.availability,
    lifeSituation: entity.lifeSituation,
    motivation: entity.motivation,
    guardianConsent: entity.guardianConsent,
    decidedOn: entity.decidedOn,
    rejectionReason: entity.rejectionReason,
    interviewOn: entity.interviewOn,
    startCourseOn: entity.startCourseOn,
    firstAidOn: entity.firstAidOn,
    ethicsSignedOn: entity.ethicsSignedOn,
    policeCertificate: record.policeCertificate,
    lastEvaluationOn: entity.lastEvaluationOn,
    hasLogin: entity.userId !== null,
  };
}
