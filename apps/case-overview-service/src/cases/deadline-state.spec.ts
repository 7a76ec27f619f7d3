import { deadlineStateOf } from './deadline-state';

describe('deadlineStateOf', () => {
  const today = '2026-11-23';

  it.each([
    [null, null, 'none'],
    ['2026-11-22', null, 'overdue'],
    ['2026-11-23', null, 'due-soon'],
    ['2026-12-07', null, 'due-soon'],
    ['2026-12-08', null, 'on-track'],
    ['2026-11-01', '2026-11-01', 'met'],
    ['2026-11-01', '2026-11-02', 'missed'],
  ])('due %s, done %s → %s', (dueOn, completedOn, expected) => {
    const sut = deadlineStateOf(dueOn, completedOn, today);
    expect(sut).toBe(expected);
  });
});
