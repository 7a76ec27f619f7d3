import type { ChecklistItem, SelfSettlementChecks } from '@ankomst/contracts/housing';

export interface RentLimitPolicy {
  singlePersonNok: number;
  perExtraPersonNok: number;
}

/** The municipality's highest approved rent for a household of this size. */
export function rentLimit(householdSize: number, policy: RentLimitPolicy): number {
  return policy.singlePersonNok + Math.max(0, householdSize - 1) * policy.perExtraPersonNok;
}

const confirmedChecks: { key: keyof SelfSettlementChecks; label: string }[] = [
  { key: 'permitConfirmedWithImdi', label: 'Residence permit confirmed with IMDi' },
  { key: 'notAssignedElsewhere', label: 'Not assigned to another municipality' },
  { key: 'depositAndFirstRentAvailable', label: "Deposit and first month's rent available" },
  { key: 'leaseLegallyApproved', label: 'Lease approved legally by the housing office' },
  { key: 'standardInspected', label: 'Standard of the dwelling inspected' },
];

/**
 * Agreed self-settlement checklist (Drammen's routine): every item must pass before the
 * case may be approved. The rent item is computed, the others are confirmed by staff.
 */
export function evaluateChecklist(
  checks: SelfSettlementChecks,
  monthlyRentNok: number,
  householdSize: number,
  policy: RentLimitPolicy,
): { items: ChecklistItem[]; limitNok: number; allPassed: boolean } {
  const limitNok = rentLimit(householdSize, policy);
  const items: ChecklistItem[] = [
    ...confirmedChecks.map(({ key, label }) => ({ check: label, passed: checks[key] })),
    {
      check: "Rent within the municipality's limit",
      passed: monthlyRentNok <= limitNok,
      detail: `${monthlyRentNok} NOK of at most ${limitNok} NOK for ${householdSize} person(s)`,
    },
  ];
  return { items, limitNok, allPassed: items.every((i) => i.passed) };
}
