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
});

describe('assertOwnMunicipality', () => {
  it('accepts a record of the actor\'s municipality', () => {
    expect(() => assertOwnMunicipality(officer, { municipality: '1103' }, 'household')).not.toThrow();
  });

  it.each([[{ municipality: '3201' }], [null]])('answers not found for another municipality or nothing (%p)', (record) => {
    const sut = () => assertOwnMunicipality(officer, record, 'household');
    expect(sut).toThrow(expect.objectContaining({ code: 'not_found', message: 'No such household' }));
  });
});
