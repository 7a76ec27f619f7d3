import { addMonths, daysBetween } from '@ankomst/contracts';
import { AGREEMENT_MONTHS, NO_CONTACT_FLAG_DAYS } from '@ankomst/contracts/volunteering';

/**
 * Following up an active match: flagged when no contact has been logged for 30 days
 * (counted from the last contact, or from the day the match started when there was none),
 * and the agreement's end day (about 12 months after the start), for its renewal reminders.
 */
export interface ActiveMatchDates {
  startedOn: string;
  lastContactOn: string | null;
}

export function daysWithoutContact(match: ActiveMatchDates, today: string): number {
  return Math.max(0, daysBetween(match.lastContactOn ?? match.startedOn, today));
}

/** More than 30 days without contact: on the 31st day the coordinator is told. */
export const noContactFlag = (match: ActiveMatchDates, today: string): boolean => daysWithoutContact(match, today) > NO_CONTACT_FLAG_DAYS;

export const agreementEndsOn = (startedOn: string, months: number = AGREEMENT_MONTHS): string => addMonths(startedOn, months);
