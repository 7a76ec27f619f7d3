import { todayInOslo } from '@ankomst/contracts';
import type { SettlementPlanning } from '@ankomst/contracts/housing';
import { authorize, type RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SettlementDecisionEntity, SettlementRequestEntity } from './settlement.entity';
import { settlementPlan } from './settlement-planning';

/** The refugee service's planning view: still to settle this year against the dwellings that become free. */
@Injectable()
export class PlanningService {
  constructor(private readonly dataSource: DataSource) {}

  async plan({ actor }: RequestContext, year: number): Promise<SettlementPlanning> {
    authorize(actor, 'housing:statistics');
    const municipality = actor.municipality;
    const [requests, decision, [settled], dwellings] = await Promise.all([
      this.dataSource.getRepository(SettlementRequestEntity).findBy({ municipality, year }),
      this.dataSource.getRepository(SettlementDecisionEntity).findOneBy({ municipality, year }),
      this.dataSource.query<{ total: number; minors: number }[]>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE unaccompanied_minor)::int AS minors
           FROM person WHERE municipality = $1 AND settled_on >= make_date($2, 1, 1) AND settled_on < make_date($2 + 1, 1, 1)`,
        [municipality, year],
      ),
      // A dwelling is free the day after its last tenancy ends; one with an open tenancy is not free.
      this.dataSource.query<{ rooms: number; freeFrom: string }[]>(
        `SELECT d.rooms, greatest(d.available_from, coalesce(max(t.end_date) + 1, d.available_from))::text AS "freeFrom"
           FROM dwelling d LEFT JOIN tenancy t ON t.dwelling_id = d.id
          WHERE d.municipality = $1 AND d.ownership = 'municipal' AND d.status = 'available' AND d.retired_on IS NULL
          GROUP BY d.id
         HAVING NOT coalesce(bool_or(t.id IS NOT NULL AND t.end_date IS NULL), false)`,
        [municipality],
      ),
    ]);
    const requested = requests.reduce(
      (sum, r) => ({ total: sum.total + r.total, unaccompaniedMinors: sum.unaccompaniedMinors + r.unaccompaniedMinors }),
      { total: 0, unaccompaniedMinors: 0 },
    );
    return settlementPlan({
      municipality,
      year,
      today: todayInOslo(),
      decided: decision ? { total: decision.total, unaccompaniedMinors: decision.unaccompaniedMinors } : null,
      requested,
      settled: { total: settled.total, unaccompaniedMinors: settled.minors },
      dwellings,
    });
  }
}
