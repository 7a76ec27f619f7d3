import { householdSituation } from './household-situation';

const housed = { housed: true, selfSettlementApproved: false };
const nothing = { housed: false, selfSettlementApproved: false };
const movedOut = { municipality: '3201', at: '2025-05-01T10:00:00.000Z' };

describe('householdSituation', () => {
  const sut = householdSituation;

  it('waits while nobody is settled, housed nor self-settled', () => {
    expect(sut([{ settledOn: null, movedOut: null }], nothing)).toBe('waiting');
  });

  it('is "dwelling allocated" with an active tenancy, and "self-settlement approved" after approval', () => {
    expect(sut([{ settledOn: null, movedOut: null }], housed)).toBe('dwelling-allocated');
    expect(sut([{ settledOn: null, movedOut: null }], { housed: false, selfSettlementApproved: true })).toBe('self-settlement-approved');
  });

  it('counts settled members first, leaving out those who moved to another municipality', () => {
    const members = [
      { settledOn: '2025-03-01', movedOut: null },
      { settledOn: null, movedOut: null },
    ];
    expect(sut(members, housed)).toBe('partly-settled');
    expect(sut([members[0], { settledOn: null, movedOut }], nothing)).toBe('settled');
  });
});
