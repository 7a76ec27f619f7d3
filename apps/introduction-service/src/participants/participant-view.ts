import { todayInOslo } from '@ankomst/contracts';
import { type ParticipantView } from '@ankomst/contracts/introduction';
import { decisionDeadline } from '../rules/decision-deadline';
import { assessEligibility } from '../rules/eligibility';
import { followUpDueOn } from '../rules/follow-up';
import type { HousingPersonEntity } from './housing-person.entity';
import type { ParticipantEntity } from './participant.entity';

/** The participant with the person's facts, eligibility and the decision deadline as of today. */
export function toParticipantView(
  participant: ParticipantEntity,
  person: HousingPersonEntity,
  hasChildren: boolean,
  today: string = todayInOslo(),
): ParticipantView {
  const eligibility = assessEligibility(person, participant.decision?.decidedOn ?? today);
  return {
    id: participant.id,
    municipality: participant.municipality,
    personId: participant.personId,
    householdId: person.householdId,
    givenName: person.givenName,
    familyName: person.familyName,
    birthDate: person.birthDate,
    sex: person.sex,
    origin: person.origin,
    residencePermitDate: person.residencePermitDate,
    settledOn: person.settledOn,
    source: participant.source,
    manualReason: participant.manualReason,
    status: participant.status,
    eligibility: {
      eligible: eligibility.eligible,
      needsManualCheck: eligibility.needsManualCheck,
      reasons: eligibility.reasons,
      ageAtPermit: eligibility.ageAtPermit,
    },
    deadline: person.settledOn ? decisionDeadline(person.settledOn, today, participant.decision?.decidedOn ?? null) : null,
    hasChildren,
    expectsChild: participant.expectsChild,
    livingSituation: participant.livingSituation,
    researchOptOut: participant.researchOptOut,
    mapping: participant.mapping,
    careerGuidance: participant.careerGuidance,
    decision: participant.decision,
    stop: participant.stop,
    exit: participant.exit,
    followUp: participant.followUp
      ? { status: participant.followUp.status, observedOn: participant.followUp.observedOn, note: participant.followUp.note }
      : null,
    followUpDueOn: participant.exit ? followUpDueOn(participant.exit.exitedOn) : null,
  };
}
