import { type DeadlineState, DUE_SOON_DAYS } from '@ankomst/contracts/case-overview';
import { daysBetween } from '@ankomst/contracts';

/** A deadline's state on `today` (see deadlineState in the contracts). */
export function deadlineStateOf(dueOn: string | null, completedOn: string | null, today: string): DeadlineState {
  if (!dueOn) return 'none';
  if (completedOn) return completedOn <= dueOn ? 'met' : 'missed';
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-track';
}
