import { householdSituation } from './household-situation';

const home = { id: 't1', dwellingId: 'd1', address: 'Nygata 1', startDate: '2025-03-01', endDate: null };
const movedOut = { municipality: '3201', at: '2025-05-01T10:00:00.000Z' };

describe('householdSituation', () => {
  const sut = householdSituation;

  it('waits while nobody is settled, housed nor self-settled', () => {
    expect(sut([{ settledOn: null, movedOut: null }], null, [{ status: 'rejected' }, { status: 'open' }])).toBe('waiting');
  });

  it('is "dwelling allocated" with an active tenancy, and "self-settlement approved" after approval', () => {
    expect(sut([{ settledOn: null, movedOut: null }], home, [])).toBe('dwelling-allocated');
    expect(sut([{ settledOn: null, movedOut: null }], null, [{ status: 'approved' }])).toBe('self-settlement-approved');
  });

  it('counts settled members first, leaving out those who moved to another municipality', () => {
    const members = [
      { settledOn: '2025-03-01', movedOut: null },
      { settledOn: null, movedOut: null },
    ];
    expect(sut(members, home, [])).toBe('partly-settled');
    expect(sut([members[0], { settledOn: null, movedOut }], null, [])).toBe('settled');
  });
});
