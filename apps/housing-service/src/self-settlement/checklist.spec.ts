import type { SelfSettlementChecks } from '@ankomst/contracts/housing';
import { evaluateChecklist, rentLimit } from './checklist';

const policy = { singlePersonNok: 7000, perExtraPersonNok: 2000 };
const allConfirmed: SelfSettlementChecks = {
  permitConfirmedWithImdi: true,
  notAssignedElsewhere: true,
  depositAndFirstRentAvailable: true,
  leaseLegallyApproved: true,
  standardInspected: true,
};

describe('rentLimit', () => {
  it('is the single-person limit plus a step per further member', () => {
    expect(rentLimit(1, policy)).toBe(7000);
    expect(rentLimit(3, policy)).toBe(11000);
  });
});

describe('evaluateChecklist', () => {
  it('passes when everything is confirmed and the rent is at the limit', () => {
    const sut = evaluateChecklist(allConfirmed, 7000, 1, policy);
    expect(sut.allPassed).toBe(true);
    expect(sut.items).toHaveLength(6);
  });

  it('fails on rent one krone over the limit and says why', () => {
    const sut = evaluateChecklist(allConfirmed, 7001, 1, policy);
    expect(sut.allPassed).toBe(false);
    expect(sut.items.find((i) => !i.passed)).toEqual({
      check: "Rent within the municipality's limit",
      passed: false,
      detail: '7001 NOK of at most 7000 NOK for 1 person(s)',
    });
  });

  it.each(Object.keys(allConfirmed) as (keyof SelfSettlementChecks)[])('fails while %s is not confirmed', (key) => {
    const sut = evaluateChecklist({ ...allConfirmed, [key]: false }, 5000, 1, policy);
    expect(sut.allPassed).toBe(false);
    expect(sut.items.filter((i) => !i.passed)).toHaveLength(1);
  });
});
