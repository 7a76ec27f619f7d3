import { addDays, addMonths } from '@ankomst/contracts';

/** A month's attendance closes this many days after the month ends; later edits need a reason and are audited. */
export const CLOSE_AFTER_DAYS = 5;

export const monthOf = (day: string) => day.slice(0, 7);
export const firstDayOf = (month: string) => `${month}-01`;
export const lastDayOf = (month: string) => addDays(addMonths(firstDayOf(month), 1), -1);

/** The last day the month can be edited without a reason: its last day + 5 (29 February 2028 → 5 March). */
export function monthClosesOn(month: string): string {
  return addDays(lastDayOf(month), CLOSE_AFTER_DAYS);
}

export const isMonthClosed = (month: string, today: string) => today > monthClosesOn(month);
