import type { Actor } from '../common/actor';
import { actorMay } from './actor-may';

const personId = '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10';
const otherPerson = '0d7e0c38-7d3e-4f0b-8f43-2f5bd4d2c0a1';
const coordinator: Actor = { userId: 'u-1', role: 'coordination-member', municipality: '1103' };
const grant = { grantId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1', personId };
const withGrant: Actor = { ...coordinator, breakGlass: { ...grant, permissions: ['housing:read'] } };

describe('actorMay', () => {
  it('answers from the role when the request is about nobody in particular', () => {
    expect(actorMay(coordinator, 'case:read')).toBe(true);
    expect(actorMay(coordinator, 'housing:read')).toBe(false);
  });

  it("lets a lifted read permission through for the grant's own person", () => {
    const sut = actorMay(withGrant, 'housing:read', { personId });
    expect(sut).toBe(true);
  });

  it('refuses the same read about another person, or without a person (a list or a household)', () => {
    expect(actorMay(withGrant, 'housing:read', { personId: otherPerson })).toBe(false);
    expect(actorMay(withGrant, 'housing:read')).toBe(false);
  });

  it('refuses a permission the grant did not lift', () => {
    expect(actorMay(withGrant, 'health:read', { personId })).toBe(false);
  });

  it('never lifts a write, even when a forged header lists it', () => {
    const forged = { ...coordinator, breakGlass: { ...grant, permissions: ['housing:write'] } } as unknown as Actor;
    expect(actorMay(forged, 'housing:write', { personId })).toBe(false);
  });
});
