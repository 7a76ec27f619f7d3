import type { ExitOutcome, FollowUpStatus, OutcomeReport } from '@ankomst/contracts/introduction';
import { followUpCountsAsWorkOrEducation, followUpDueOn } from './follow-up';

/** National target: 55 % in work or education directly at exit. */
export const TARGET_AT_EXIT = 0.55;
/** National target: 70 % in work or education one year after the exit (from the follow-up registration). */
export const TARGET_ONE_YEAR = 0.7;

/** Work (full or part time) and education count; primary school and other do not (as Stavanger reports it). */
export const countsAsWorkOrEducation = (outcome: ExitOutcome) =>
  outcome === 'work-full-time' || outcome === 'work-part-time' || outcome === 'education';

export interface ExitFact {
  outcome: ExitOutcome;
  sex: string;
  sluttmaalGroup: string | null;
  exitedOn: string;
  /** The status registered one year after; null while not registered. */
  followUp: FollowUpStatus | null;
}

const bucket = (key: string, exits: ExitFact[]) => {
  const workOrEducation = exits.filter((e) => countsAsWorkOrEducation(e.outcome)).length;
  const followedUp = exits.filter((e) => e.followUp !== null);
  const workOrEducationOneYear = followedUp.filter((e) => e.followUp !== null && followUpCountsAsWorkOrEducation(e.followUp)).length;
  return {
    key,
    exits: exits.length,
    workOrEducation,
    share: exits.length ? workOrEducation / exits.length : null,
    followedUp: followedUp.length,
    workOrEducationOneYear,
    shareOneYear: followedUp.length ? workOrEducationOneYear / followedUp.length : null,
  };
};

const groupBy = (exits: ExitFact[], key: (e: ExitFact) => string) => {
  const groups = new Map<string, ExitFact[]>();
  for (const exit of exits) groups.set(key(exit), [...(groups.get(key(exit)) ?? []), exit]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => bucket(k, v));
};

const outcomes: ExitOutcome[] = ['work-full-time', 'work-part-time', 'education', 'primary-school', 'other'];

/**
 * The year's exits: the share in work or education at exit against 55 %, and one year after
 * against 70 % (of the exits whose follow-up is registered; `followUpsDue` says how many are due
 * by `today`, so a missing registration shows), split by gender and sluttmål group. Counts only.
 */
export function outcomeReportOf(year: number, exits: ExitFact[], today: string): OutcomeReport {
  return {
    year,
    target: TARGET_AT_EXIT,
    targetOneYear: TARGET_ONE_YEAR,
    followUpsDue: exits.filter((e) => followUpDueOn(e.exitedOn) <= today).length,
    total: bucket('all', exits),
    byGender: groupBy(exits, (e) => e.sex),
    bySluttmaalGroup: groupBy(exits, (e) => e.sluttmaalGroup ?? 'no-plan'),
    byOutcome: outcomes.map((outcome) => ({ outcome, count: exits.filter((e) => e.outcome === outcome).length })),
  };
}
