import type { DurationStats } from '@ankomst/contracts/housing';
import { addMonths, daysBetween } from '@ankomst/contracts';
import { median, percent } from '../shared/percent';

/** National targets: settled within 6 months of the residence permit, 3 for unaccompanied minors. */
export const PERMIT_TO_SETTLEMENT_MONTHS = { unaccompaniedMinor: 3, other: 6 } as const;
/** Municipal target (Bærum's plan): housed within 4 weeks of IMDi's request. */
export const REQUEST_TO_HOUSING_DAYS = 28;

export const permitTargetMonths = (unaccompaniedMinor: boolean) =>
  unaccompaniedMinor ? PERMIT_TO_SETTLEMENT_MONTHS.unaccompaniedMinor : PERMIT_TO_SETTLEMENT_MONTHS.other;

/** Last day on which settlement still meets the target. */
export function settlementDeadline(residencePermitDate: string, unaccompaniedMinor: boolean): string {
  return addMonths(residencePermitDate, permitTargetMonths(unaccompaniedMinor));
}

export interface PermitToSettlement {
  days: number;
  deadline: string;
  withinTarget: boolean;
}

export function permitToSettlement(residencePermitDate: string, settledOn: string, unaccompaniedMinor: boolean): PermitToSettlement {
  const deadline = settlementDeadline(residencePermitDate, unaccompaniedMinor);
  return { days: daysBetween(residencePermitDate, settledOn), deadline, withinTarget: settledOn <= deadline };
}

/** Count, median and share within target of a set of durations. */
export function durationStats(items: { days: number; withinTarget: boolean }[]): DurationStats {
  const withinTarget = items.filter((i) => i.withinTarget).length;
  return {
    count: items.length,
    medianDays: median(items.map((i) => i.days)),
    withinTarget,
    percentWithinTarget: percent(withinTarget, items.length),
  };
}

export function requestToHousing(requestedOn: string, housedOn: string): { days: number; withinTarget: boolean } {
  const days = daysBetween(requestedOn, housedOn);
  return { days, withinTarget: days <= REQUEST_TO_HOUSING_DAYS };
}
