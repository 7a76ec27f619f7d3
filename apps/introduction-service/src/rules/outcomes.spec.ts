import type { ExitOutcome } from '@ankomst/contracts/introduction';
import { outcomeReportOf } from './outcomes';

const exit = (outcome: ExitOutcome, sex = 'female', sluttmaalGroup: string | null = 'work-or-basic-education') => ({
  outcome,
  sex,
  sluttmaalGroup,
});

describe('outcomeReportOf', () => {
  it('counts work and education, not primary school: 19 % + 33 % of 75 exits is 39 of 75 = 52 %', () => {
    // Stavanger 2017 in shape: 75 exits, 14 to work, 25 to education, 3 to primary school, 33 other
    const exits = [
      ...Array.from({ length: 14 }, () => exit('work-full-time')),
      ...Array.from({ length: 25 }, () => exit('education')),
      ...Array.from({ length: 3 }, () => exit('primary-school')),
      ...Array.from({ length: 33 }, () => exit('other')),
    ];
    const sut = outcomeReportOf(2017, exits);
    expect(sut.total).toEqual({ key: 'all', exits: 75, workOrEducation: 39, share: 0.52 });
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
    const sut = outcomeReportOf(2026, [exit('work-part-time', 'male', null), exit('other', 'female'), exit('education', 'female')]);
    expect(sut.byGender).toEqual([
      { key: 'female', exits: 2, workOrEducation: 1, share: 0.5 },
      { key: 'male', exits: 1, workOrEducation: 1, share: 1 },
    ]);
    expect(sut.bySluttmaalGroup.map((b) => b.key)).toEqual(['no-plan', 'work-or-basic-education']);
  });

  it('has no share for a year without exits', () => {
    expect(outcomeReportOf(2026, []).total).toEqual({ key: 'all', exits: 0, workOrEducation: 0, share: null });
  });
});
