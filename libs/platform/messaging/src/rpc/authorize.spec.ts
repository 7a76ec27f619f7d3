import type { Actor } from '@ankomst/contracts';
import { assertOwnMunicipality, authorize } from './authorize';

const officer: Actor = { userId: 'u-1', role: 'housing-officer', municipality: '1103' };

describe('authorize', () => {
  it('lets a housing officer write households', () => {
    expect(() => authorize(officer, 'housing:write')).not.toThrow();
  });

  it('refuses a role without the permission with 403', () => {
    const sut = () => authorize({ ...officer, role: 'health-worker' }, 'housing:read');
    expect(sut).toThrow(expect.objectContaining({ code: 'forbidden', status: 403 }));
  });

  describe('with a break-glass grant for one person', () => {
    const personId = '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10';
    const coordinator: Actor = {
      userId: 'u-2',
      role: 'coordination-member',
      municipality: '1103',
      breakGlass: { grantId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1', personId, permissions: ['housing:read'] },
    };

    it('lets the lifted read through for that person', () => {
      const sut = () => authorize(coordinator, 'housing:read', { personId });
      expect(sut).not.toThrow();
    });

    it.each([
      ['another person', () => authorize(coordinator, 'housing:read', { personId: '0d7e0c38-7d3e-4f0b-8f43-2f5bd4d2c0a1' })],
      ['a read not about one person', () => authorize(coordinator, 'housing:read')],
      ['a write about that person', () => authorize(coordinator, 'housing:write', { personId })],
    ])('still refuses %s with 403', (_, sut) => {
      expect(sut).toThrow(expect.objectContaining({ code: 'forbidden', status: 403 }));
    });
  });
});

describe('assertOwnMunicipality', () => {
  it("accepts a record of the actor's municipality", () => {
    expect(() => assertOwnMunicipality(officer, { municipality: '1103' }, 'household')).not.toThrow();
  });

  it.each([[{ municipality: '3201' }], [null]])('answers not found for another municipality or nothing (%p)', (record) => {
    const sut = () => assertOwnMunicipality(officer, record, 'household');
    expect(sut).toThrow(expect.objectContaining({ code: 'not_found', message: 'No such household' }));
  });
});
