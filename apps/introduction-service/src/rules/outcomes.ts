import type { ExitOutcome, OutcomeReport } from '@ankomst/contracts/introduction';

/** National target: 55 % in work or education directly at exit (70 % one year after, from a follow-up). */
export const TARGET_AT_EXIT = 0.55;

/** Work (full or part time) and education count; primary school and other do not (as Stavanger reports it). */
export const countsAsWorkOrEducation = (outcome: ExitOutcome) =>
  outcome === 'work-full-time' || outcome === 'work-part-time' || outcome === 'education';

export interface ExitFact {
  outcome: ExitOutcome;
  sex: string;
  sluttmaalGroup: string | null;
}

const bucket = (key: string, exits: ExitFact[]) => {
  const workOrEducation = exits.filter((e) => countsAsWorkOrEducation(e.outcome)).length;
  return { key, exits: exits.length, workOrEducation, share: exits.length ? workOrEducation / exits.length : null };
};

const groupBy = (exits: ExitFact[], key: (e: ExitFact) => string) => {
  const groups = new Map<string, ExitFact[]>();
  for (const exit of exits) groups.set(key(exit), [...(groups.get(key(exit)) ?? []), exit]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => bucket(k, v));
};

const outcomes: ExitOutcome[] = ['work-full-time', 'work-part-time', 'education', 'primary-school', 'other'];

/** The year's exits: the share in work or education against the target, split by gender and sluttmål group. Counts only. */
export function outcomeReportOf(year: number, exits: ExitFact[]): OutcomeReport {
  return {
    year,
    target: TARGET_AT_EXIT,
    total: bucket('all', exits),
    byGender: groupBy(exits, (e) => e.sex),
    bySluttmaalGroup: groupBy(exits, (e) => e.sluttmaalGroup ?? 'no-plan'),
    byOutcome: outcomes.map((outcome) => ({ outcome, count: exits.filter((e) => e.outcome === outcome).length })),
  };
}
