import { agreementEndsOn, daysWithoutContact, noContactFlag } from './follow-up';

describe('follow-up of an active match', () => {
  it('counts from the start while nothing is logged, and flags only after 30 days', () => {
    const sut = { startedOn: '2026-01-01', lastContactOn: null };
    expect(daysWithoutContact(sut, '2026-01-31')).toBe(30);
    expect(noContactFlag(sut, '2026-01-31')).toBe(false);
    expect(noContactFlag(sut, '2026-02-01')).toBe(true);
  });

  it('counts from the last contact once one is logged', () => {
    const sut = { startedOn: '2025-06-01', lastContactOn: '2026-01-20' };
    expect(daysWithoutContact(sut, '2026-02-01')).toBe(12);
    expect(noContactFlag(sut, '2026-02-01')).toBe(false);
  });

  it('ends the agreement about 12 months after the start', () => {
    expect(agreementEndsOn('2026-02-28')).toBe('2027-02-28');
    expect(agreementEndsOn('2024-02-29')).toBe('2025-02-28');
  });
});
