import { addDays, addMonths, ageOn, daysBetween } from '@ankomst/contracts';
import type { ChecklistItemKind, ChecklistItemState, ChecklistStatus, HealthFollowUp, HealthUnit } from '@ankomst/contracts/health';

/**
 * The arrival checklist of one settled person (Helsedirektoratet's guide for asylum seekers
 * and refugees, tuberkuloseforskriften § 3-2, FHI's catch-up advice). Pure: the dates follow
 * from the day of arrival in the municipality and the birth date alone. Day 0 is the day of
 * arrival, so "within 2 days" is arrival + 2.
 */

/** TB screening: recommended within 2 days, at the latest 14 days, on the alert list from day 10. */
export const TB_RECOMMENDED_DAYS = 2;
export const TB_LATEST_DAYS = 14;
export const TB_ALERT_FROM_DAY = 10;
/** Health examination offered, mental-health screening and most catch-up: within 3 months. */
export const WITHIN_MONTHS = 3;
/** Adult MMR and polio: at the latest 1 year after arrival. */
export const ADULT_VACCINE_LATEST_MONTHS = 12;
/** Adult MMR is offered mostly to those under 40; older adults get the item as not applicable, to be reassessed. */
export const ADULT_MMR_BELOW_AGE = 40;
/** Items other than TB come on the alert list this many days before they are due. */
export const ALERT_DAYS_BEFORE_DUE = 14;

export interface PlannedItem {
  kind: ChecklistItemKind;
  /** The recommended date, when it is earlier than the due date (TB: arrival + 2). */
  recommendedBy: string | null;
  /** The date the item is due by. */
  dueOn: string;
  /** The last acceptable date, when later than the due date (adult MMR/polio: 1 year). */
  latestOn: string | null;
  /** From this day an open item is on the alert list. */
  alertFrom: string;
  status: ChecklistStatus;
  responsibleUnit: HealthUnit;
}

/** The items a person settled on `arrivedOn` and born on `birthDate` gets. */
export function planArrivalChecklist(arrivedOn: string, birthDate: string): PlannedItem[] {
  const age = ageOn(birthDate, arrivedOn);
  const inThreeMonths = addMonths(arrivedOn, WITHIN_MONTHS);
  const child = age < 18;
  const item = (
    kind: ChecklistItemKind,
    dueOn: string,
    extra: Partial<Pick<PlannedItem, 'recommendedBy' | 'latestOn' | 'alertFrom' | 'status' | 'responsibleUnit'>> = {},
  ): PlannedItem => ({
    kind,
    recommendedBy: null,
    latestOn: null,
    alertFrom: alertFromFor(arrivedOn, dueOn),
    status: 'due',
    responsibleUnit: child ? 'migra-station' : 'refugee-health-service',
    dueOn,
    ...extra,
  });

  const items: PlannedItem[] = [
    item('tuberculosis-screening', addDays(arrivedOn, TB_LATEST_DAYS), {
      recommendedBy: addDays(arrivedOn, TB_RECOMMENDED_DAYS),
      alertFrom: addDays(arrivedOn, TB_ALERT_FROM_DAY),
      responsibleUnit: 'refugee-health-service',
    }),
    item('health-examination', inThreeMonths),
    item('mental-health-screening', inThreeMonths),
  ];
  if (child) {
    // Under 2 at arrival: catch-up starts at arrival; other children within 3 months.
    items.push(item('child-catch-up-vaccination', age < 2 ? arrivedOn : inThreeMonths, { responsibleUnit: 'migra-station' }));
  } else {
    const latestOn = addMonths(arrivedOn, ADULT_VACCINE_LATEST_MONTHS);
    items.push(item('adult-mmr', inThreeMonths, { latestOn, status: age < ADULT_MMR_BELOW_AGE ? 'due' : 'not-applicable' }));
    items.push(item('adult-polio', inThreeMonths, { latestOn }));
  }
  return items;
}

function alertFromFor(arrivedOn: string, dueOn: string): string {
  const alert = addDays(dueOn, -ALERT_DAYS_BEFORE_DUE);
  return alert < arrivedOn ? arrivedOn : alert;
}

export function itemState(
  item: Pick<PlannedItem, 'status' | 'dueOn' | 'latestOn' | 'alertFrom'>,
  today: string,
): { state: ChecklistItemState; daysLeft: number | null } {
  if (item.status === 'done' || item.status === 'declined' || item.status === 'not-applicable') return { state: 'closed', daysLeft: null };
  const daysLeft = daysBetween(today, item.dueOn);
  if (today > item.dueOn) return { state: item.latestOn && today > item.latestOn ? 'past-latest' : 'overdue', daysLeft };
  return { state: today >= item.alertFrom ? 'alert' : 'pending', daysLeft };
}

/** The follow-up status other services may learn: active while an item is open, closed when all are. */
export function followUpOf(items: readonly Pick<PlannedItem, 'status'>[]): HealthFollowUp {
  if (items.length === 0) return 'none';
  return items.some((i) => i.status === 'due' || i.status === 'offered') ? 'active' : 'closed';
}
