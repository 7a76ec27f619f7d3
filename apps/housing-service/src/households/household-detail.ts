import type { HouseholdDetail, HouseholdSelfSettlement, HouseholdTenancy, HouseholdView } from '@ankomst/contracts/housing';
import type { EntityManager } from 'typeorm';
import { householdSituation } from './household-situation';

/** The household with what happened to it: tenancies (with the address), self-settlement cases, and the status from those facts. */
export async function withHouseholdFacts(manager: EntityManager, household: HouseholdView): Promise<HouseholdDetail> {
  const [tenancies, selfSettlements] = await Promise.all([
    manager.query<HouseholdTenancy[]>(
      `SELECT t.id, t.dwelling_id AS "dwellingId", d.address, t.start_date::text AS "startDate", t.end_date::text AS "endDate"
         FROM tenancy t JOIN dwelling d ON d.id = t.dwelling_id
        WHERE t.household_id = $1 ORDER BY t.start_date DESC, t.id`,
      [household.id],
    ),
    manager.query<{ id: string; address: string; status: HouseholdSelfSettlement['status']; decidedAt: Date | null }[]>(
      // An open case first (there is at most one), then the decided ones, newest first.
      `SELECT id, address, status, decided_at AS "decidedAt" FROM self_settlement_case
        WHERE household_id = $1 ORDER BY decided_at DESC NULLS FIRST, id`,
      [household.id],
    ),
  ]);
  const home = tenancies.find((t) => t.endDate === null) ?? null;
  const cases = selfSettlements.map((c) => ({ ...c, decidedAt: c.decidedAt ? new Date(c.decidedAt).toISOString() : null }));
  return {
    ...household,
    situation: householdSituation(household.members, {
      housed: home !== null,
      selfSettlementApproved: cases.some((c) => c.status === 'approved'),
    }),
    home,
    tenancies,
    selfSettlements: cases,
  };
}
