import type { HouseholdSelfSettlement, HouseholdSituation, HouseholdTenancy, PersonView } from '@ankomst/contracts/housing';

/**
 * Where the household stands, strongest fact first: settled members, then a home (an active
 * tenancy), then an approved self-settlement (the household found its own home).
 * Members who moved to another municipality no longer count for this one.
 */
export function householdSituation(
  members: Pick<PersonView, 'settledOn' | 'movedOut'>[],
  home: HouseholdTenancy | null,
  selfSettlements: Pick<HouseholdSelfSettlement, 'status'>[],
): HouseholdSituation {
  const here = members.filter((member) => !member.movedOut);
  const settled = here.filter((member) => member.settledOn).length;
  if (settled > 0) return settled === here.length ? 'settled' : 'partly-settled';
  if (home) return 'dwelling-allocated';
  if (selfSettlements.some((c) => c.status === 'approved')) return 'self-settlement-approved';
  return 'waiting';
}
