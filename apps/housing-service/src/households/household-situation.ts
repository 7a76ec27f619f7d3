import type { HouseholdSituation, PersonView } from '@ankomst/contracts/housing';
import type { EntityManager } from 'typeorm';

/** The facts besides the members' dates that move a household on: a home, or a self-found one approved. */
export interface HouseholdFacts {
  /** An active tenancy. */
  housed: boolean;
  selfSettlementApproved: boolean;
}

/**
 * Where the household stands, strongest fact first: settled members, then a home (an active
 * tenancy), then an approved self-settlement (the household found its own home).
 * Members who moved to another municipality no longer count for this one.
 */
export function householdSituation(members: Pick<PersonView, 'settledOn' | 'movedOut'>[], facts: HouseholdFacts): HouseholdSituation {
  const here = members.filter((member) => !member.movedOut);
  const settled = here.filter((member) => member.settledOn).length;
  if (settled > 0) return settled === here.length ? 'settled' : 'partly-settled';
  if (facts.housed) return 'dwelling-allocated';
  if (facts.selfSettlementApproved) return 'self-settlement-approved';
  return 'waiting';
}

/**
 * The facts of a page of households in one query (not one per row): which have an active
 * tenancy, which an approved self-settlement.
 */
export async function householdFactsOf(manager: EntityManager, householdIds: string[]): Promise<Map<string, HouseholdFacts>> {
  if (!householdIds.length) return new Map();
  const rows = await manager.query<{ id: string; housed: boolean; approved: boolean }[]>(
    `SELECT h.id,
            EXISTS (SELECT 1 FROM tenancy t WHERE t.household_id = h.id AND t.end_date IS NULL) AS housed,
            EXISTS (SELECT 1 FROM self_settlement_case c WHERE c.household_id = h.id AND c.status = 'approved') AS approved
       FROM unnest($1::uuid[]) AS h(id)`,
    [householdIds],
  );
  return new Map(rows.map((row) => [row.id, { housed: row.housed, selfSettlementApproved: row.approved }]));
}
