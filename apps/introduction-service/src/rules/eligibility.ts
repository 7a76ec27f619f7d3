import { addMonths, ageOn } from '@ankomst/contracts';
import { type ArrivalOrigin } from '@ankomst/contracts/housing/events';

/**
 * Who is in the introduction programme's target group (integreringsloven § 8 as the platform's
 * domain notes give it): aged 18–55 on the day the residence permit was granted, settled by
 * agreement with IMDi, and less than 2 years in the municipality when the decision is made.
 *
 * "By agreement with IMDi" is read from housing's `origin`: from a reception centre, as a quota
 * refugee or as an unaccompanied minor. A person who came by family reunification was not
 * settled by such an agreement: whether they belong to the target group depends on whom they
 * joined, which housing does not tell, so they never appear by themselves and are added by
 * hand with a reason (`needs-manual-check`).
 */
export const settledByAgreement: ReadonlySet<ArrivalOrigin> = new Set(['reception-centre', 'quota-refugee', 'unaccompanied-minor']);

export const MIN_AGE = 18;
export const MAX_AGE = 55;
export const MAX_MONTHS_IN_MUNICIPALITY = 24;

export type IneligibleReason =
  | 'no-residence-permit'
  | 'under-18-at-permit'
  | 'over-55-at-permit'
  | 'not-settled'
  | 'not-settled-by-agreement'
  | 'two-years-in-municipality';

export interface EligibilityFacts {
  birthDate: string;
  residencePermitDate: string | null;
  settledOn: string | null;
  origin: ArrivalOrigin;
}

export interface Eligibility {
  eligible: boolean;
  /** Eligible but for a fact only the advisor can establish (family reunification). */
  needsManualCheck: boolean;
  reasons: IneligibleReason[];
  ageAtPermit: number | null;
}

/** The last day a decision can be made while the person has been less than 2 years in the municipality. */
export function lastDecisionDayInTargetGroup(settledOn: string): string {
  const twoYears = addMonths(settledOn, MAX_MONTHS_IN_MUNICIPALITY);
  // addMonths clamps 29 February to 28 February; the day before "two years" is then the 27th.
  return new Date(Date.UTC(+twoYears.slice(0, 4), +twoYears.slice(5, 7) - 1, +twoYears.slice(8, 10) - 1)).toISOString().slice(0, 10);
}

/** The target-group check on `decisionDay` (today for candidates who appear by themselves). */
export function assessEligibility(facts: EligibilityFacts, decisionDay: string): Eligibility {
  const reasons: IneligibleReason[] = [];
  const ageAtPermit = facts.residencePermitDate ? ageOn(facts.birthDate, facts.residencePermitDate) : null;
  if (ageAtPermit === null) reasons.push('no-residence-permit');
  else if (ageAtPermit < MIN_AGE) reasons.push('under-18-at-permit');
  else if (ageAtPermit > MAX_AGE) reasons.push('over-55-at-permit');
  if (!facts.settledOn) reasons.push('not-settled');
  else if (decisionDay > lastDecisionDayInTargetGroup(facts.settledOn)) reasons.push('two-years-in-municipality');
  const byAgreement = settledByAgreement.has(facts.origin);
  const needsManualCheck = reasons.length === 0 && !byAgreement;
  if (!byAgreement) reasons.push('not-settled-by-agreement');
  return { eligible: reasons.length === 0, needsManualCheck, reasons, ageAtPermit };
}
