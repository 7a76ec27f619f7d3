import { addMonths } from '@ankomst/contracts';
import type { FollowUpStatus } from '@ankomst/contracts/introduction';

/** The follow-up behind the 70 % target is the status one year after the exit. */
export const FOLLOW_UP_MONTHS = 12;

/**
 * The first day the follow-up may be registered: the exit date + 1 year, clamped to the month's
 * end (an exit on 29 February 2024 is followed up from 28 February 2025).
 */
export const followUpDueOn = (exitedOn: string): string => addMonths(exitedOn, FOLLOW_UP_MONTHS);

/** Whether a status observed on `observedOn` is a follow-up of an exit on `exitedOn` (not before it is due). */
export const followUpIsDue = (exitedOn: string, observedOn: string): boolean => observedOn >= followUpDueOn(exitedOn);

/** Work (full or part time) and education count towards the 70 %, as at exit. */
export const followUpCountsAsWorkOrEducation = (status: FollowUpStatus): boolean => status !== 'other';
