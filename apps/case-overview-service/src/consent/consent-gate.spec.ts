import type { ConsentRow } from './consent.repository';
import { ConsentGate } from './consent-gate';

const row = (overrides: Partial<ConsentRow>): ConsentRow => ({
  id: 'c1',
  person_id: 'p1',
  household_id: 'h1',
  municipality: '1103',
  scope: 'housing-status→coordination-group',
  grantor: 'self',
  grantor_name: null,
  evidence_note: 'signed form',
  valid_from: '2026-01-01',
  valid_to: null,
  recorded_at: new Date('2026-01-01T09:00:00Z'),
  recorded_by: 'caseworker-1',
  withdrawn_at: null,
  withdrawn_by: null,
  withdrawal_note: null,
  ...overrides,
});

describe('ConsentGate', () => {
  it('names the Oslo calendar day of a withdrawal made late in the evening', () => {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Oslo.
    const sut = new ConsentGate([row({ withdrawn_at: new Date('2026-11-23T23:30:00Z') })], '2026-11-24');

    expect(sut.check('p1', 'housing-status→coordination-group', false)).toEqual({
      allowed: false,
      reason: 'Consent housing-status→coordination-group was withdrawn on 2026-11-24',
    });
  });

  it('allows sharing under an active consent and explains a missing one for a minor', () => {
    const sut = new ConsentGate([row({})], '2026-11-24');

    expect(sut.check('p1', 'housing-status→coordination-group', false)).toEqual({ allowed: true });
    expect(sut.check('p2', 'housing-status→coordination-group', true)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('guardian'),
    });
  });
});
