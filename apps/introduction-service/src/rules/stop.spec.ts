import { checkStop, latestTemporaryStopEnd } from './stop';

describe('checkStop', () => {
  it('allows a temporary stop of exactly 3 months, not a day more', () => {
    expect(checkStop({ kind: 'temporary', from: '2026-03-15', to: '2026-06-15' })).toEqual([]);
    expect(checkStop({ kind: 'temporary', from: '2026-03-15', to: '2026-06-16' })).toEqual(['longer-than-3-months']);
  });

  it('clamps at the month end and on leap days', () => {
    expect(latestTemporaryStopEnd('2026-11-30')).toBe('2027-02-28');
    expect(latestTemporaryStopEnd('2027-11-30')).toBe('2028-02-29');
    expect(checkStop({ kind: 'temporary', from: '2027-11-30', to: '2028-02-29' })).toEqual([]);
    expect(checkStop({ kind: 'temporary', from: '2027-11-30', to: '2028-03-01' })).toEqual(['longer-than-3-months']);
  });

  it('needs an end for a temporary stop and none for a permanent one', () => {
    expect(checkStop({ kind: 'temporary', from: '2026-03-15', to: null })).toEqual(['temporary-without-end']);
    expect(checkStop({ kind: 'temporary', from: '2026-03-15', to: '2026-03-14' })).toEqual(['end-before-start']);
    expect(checkStop({ kind: 'permanent', from: '2026-03-15', to: null })).toEqual([]);
    expect(checkStop({ kind: 'permanent', from: '2026-03-15', to: '2026-04-01' })).toEqual(['permanent-with-end']);
  });
});
