import type { ExitOutcome, FollowUpStatus } from '@ankomst/contracts/introduction';
import { outcomeReportOf } from './outcomes';

const exit = (
  outcome: ExitOutcome,
  sex = 'female',
  sluttmaalGroup: string | null = 'work-or-basic-education',
  followUp: FollowUpStatus | null = null,
  exitedOn = '2017-06-20',
) => ({ outcome, sex, sluttmaalGroup, followUp, exitedOn });

const today = '2026-12-01';

describe('outcomeReportOf', () => {
  it('counts work and education, not primary school: 19 % + 33 % of 75 exits is 39 of 75 = 52 %', () => {
    // Stavanger 2017 in shape: 75 exits, 14 to work, 25 to education, 3 to primary school, 33 other
    const exits = [
      ...Array.from({ length: 14 }, () => exit('work-full-time')),
      ...Array.from({ length: 25 }, () => exit('education')),
      ...Array.from({ length: 3 }, () => exit('primary-school')),
      ...Array.from({ length: 33 }, () => exit('other')),
    ];
    const sut = outcomeReportOf(2017, exits, today);
    expect(sut.total).toEqual({
      key: 'all',
      exits: 75,
      workOrEducation: 39,
      share: 0.52,
      followedUp: 0,
      workOrEducationOneYear: 0,
      shareOneYear: null,
    });
    expect(sut.target).toBe(0.55);
    expect(sut.byOutcome).toEqual([
      { outcome: 'work-full-time', count: 14 },
      { outcome: 'work-part-time', count: 0 },
      { outcome: 'education', count: 25 },
      { outcome: 'primary-school', count: 3 },
      { outcome: 'other', count: 33 },
    ]);
  });

  it('splits by gender and sluttmål group, a missing plan as its own group', () => {
    const sut = outcomeReportOf(2026, [exit('work-part-time', 'male', null), exit('other', 'female'), exit('education', 'female')], today);
    expect(sut.byGender.map(({ key, exits, workOrEducation, share }) => ({ key, exits, workOrEducation, share }))).toEqual([
      { key: 'female', exits: 2, workOrEducation: 1, share: 0.5 },
      { key: 'male', exits: 1, workOrEducation: 1, share: 1 },
    ]);
    expect(sut.bySluttmaalGroup.map((b) => b.key)).toEqual(['no-plan', 'work-or-basic-education']);
  });

  it('has no share for a year without exits', () => {
    expect(outcomeReportOf(2026, [], today).total).toEqual({
      key: 'all',
      exits: 0,
      workOrEducation: 0,
      share: null,
      followedUp: 0,
      workOrEducationOneYear: 0,
      shareOneYear: null,
    });
  });

  it('gives the share one year after of the registered follow-ups against 70 %: 3 of 4 = 75 %', () => {
    // 5 exits in 2025: 4 followed up (2 work, 1 education, 1 other), 1 not registered yet.
    // At exit 2 of 5 were in work or education (40 %); one year after 3 of the 4 registered are (75 %).
    const exits = [
      exit('other', 'female', 'work-or-basic-education', 'work-full-time', '2025-01-10'),
      exit('work-part-time', 'female', 'work-or-basic-education', 'work-part-time', '2025-02-01'),
      exit('other', 'male', 'work-or-higher-education', 'education', '2025-03-15'),
      exit('education', 'male', 'work-or-higher-education', 'other', '2025-05-05'),
      exit('other', 'male', 'work-or-higher-education', null, '2025-12-15'),
    ];
    const sut = outcomeReportOf(2025, exits, today);
    expect(sut.targetOneYear).toBe(0.7);
    expect(sut.total).toMatchObject({
      exits: 5,
      workOrEducation: 2,
      share: 0.4,
      followedUp: 4,
      workOrEducationOneYear: 3,
      shareOneYear: 0.75,
    });
    expect(sut.byGender).toEqual([
      { key: 'female', exits: 2, workOrEducation: 1, share: 0.5, followedUp: 2, workOrEducationOneYear: 2, shareOneYear: 1 },
      { key: 'male', exits: 3, workOrEducation: 1, share: 1 / 3, followedUp: 2, workOrEducationOneYear: 1, shareOneYear: 0.5 },
    ]);
    expect(sut.bySluttmaalGroup.map((b) => [b.key, b.followedUp, b.shareOneYear])).toEqual([
      ['work-or-basic-education', 2, 1],
      ['work-or-higher-education', 2, 0.5],
    ]);
  });

  it('counts a follow-up as due from the exit date + 1 year (a leap-day exit on 28 February)', () => {
    const exits = [exit('other', 'female', null, null, '2024-02-29'), exit('other', 'female', null, null, '2024-03-01')];
    expect(outcomeReportOf(2024, exits, '2025-02-27').followUpsDue).toBe(0);
    expect(outcomeReportOf(2024, exits, '2025-02-28').followUpsDue).toBe(1);
    expect(outcomeReportOf(2024, exits, '2025-03-01').followUpsDue).toBe(2);
  });
});
