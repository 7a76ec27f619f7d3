import type { ConsentRow } from '../consent/consent.repository';
import { ConsentGate } from '../consent/consent-gate';
import { AudienceGate } from './audience-gate';

const consent = (scope: string, personId = 'p1'): ConsentRow => ({
  id: `c-${scope}`,
  person_id: personId,
  household_id: 'h1',
  municipality: '1103',
  scope,
  grantor: 'self',
  grantor_name: null,
  evidence_note: 'signed form',
  valid_from: '2026-01-01',
  valid_to: null,
  recorded_at: new Date('2026-01-01T09:00:00Z'),
  recorded_by: 'advisor-1',
  withdrawn_at: null,
  withdrawn_by: null,
  withdrawal_note: null,
});

const consents = new ConsentGate([consent('housing-status→coordination-group')], '2026-11-24');

describe('AudienceGate', () => {
  it('opens a consent to the coordination group to the coordination group only, not to health', () => {
    const coordination = new AudienceGate(consents, 'coordination-group');
    const health = new AudienceGate(consents, 'health');

    expect(coordination.check('housing', 'p1', 'housing-status', false)).toEqual({ allowed: true });
    const sut = health.check('housing', 'p1', 'housing-status', false);
    expect(sut).toEqual({ allowed: false, reason: 'No consent housing-status→health recorded for this person' });
    expect(health.scopeOf('housing-status')).toBe('housing-status→health');
  });

  it("shows a unit its own department's data without a consent, and a role of no unit nothing", () => {
    expect(new AudienceGate(consents, 'housing').check('housing', 'p2', 'housing-status', false)).toEqual({ allowed: true });
    const sut = new AudienceGate(consents, null);
    expect(sut.check('housing', 'p1', 'housing-status', false)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('no unit'),
    });
    expect(sut.checkAll('housing', [{ personId: 'p1', minor: false }], 'housing-status')).toMatchObject({ allowed: false });
  });

  it("withholds the person of another department's deadline without consent, and always for a unit that shares nothing", () => {
    const sut = new AudienceGate(consents, 'coordination-group');

    expect(sut.checkItem('housing', 'p1', false)).toEqual({ allowed: true });
    expect(sut.checkItem('health', 'p1', false)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('health-follow-up-status→coordination-group'),
    });
    expect(sut.checkItem('nav', 'p1', false)).toEqual({ allowed: false, reason: 'nav shares no information with your unit' });
    expect(sut.checkItem('coordination-group', 'p1', false)).toEqual({ allowed: true });
  });
});
