import { type TimeToSettlement } from '@ankomst/contracts/housing';
import { authorize, type RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  durationStats,
  PERMIT_TO_SETTLEMENT_MONTHS,
  permitToSettlement,
  REQUEST_TO_HOUSING_DAYS,
  requestToHousing,
} from './settlement-targets';

/** How fast the municipality settles: permit → settlement and request → housing, against the targets. */
@Injectable()
export class TimeToSettlementService {
  constructor(private readonly dataSource: DataSource) {}

  async report({ actor }: RequestContext, year: number): Promise<TimeToSettlement> {
    authorize(actor, 'housing:statistics');
    const municipality = actor.municipality;
    const [settled, housed] = await Promise.all([
      this.dataSource.query<{ permit: string; settled: string; minor: boolean }[]>(
        `SELECT residence_permit_date::text AS permit, settled_on::text AS settled, unaccompanied_minor AS minor
           FROM person
          WHERE municipality = $1 AND residence_permit_date IS NOT NULL
            AND settled_on >= make_date($2, 1, 1) AND settled_on < make_date($2 + 1, 1, 1)`,
        [municipality, year],
      ),
      // A household's first tenancy is the day it was housed.
      this.dataSource.query<{ requested: string; housed: string }[]>(
        `SELECT h.requested_on::text AS requested, min(t.start_date)::text AS housed
           FROM household h JOIN tenancy t ON t.household_id = h.id
          WHERE h.municipality = $1 AND h.requested_on IS NOT NULL
          GROUP BY h.id, h.requested_on
         HAVING min(t.start_date) >= make_date($2, 1, 1) AND min(t.start_date) < make_date($2 + 1, 1, 1)`,
        [municipality, year],
      ),
    ]);
    const durations = settled.map((p) => ({ minor: p.minor, ...permitToSettlement(p.permit, p.settled, p.minor) }));
    return {
      municipality,
      year,
      permitToSettlement: {
        unaccompaniedMinors: {
          ...durationStats(durations.filter((d) => d.minor)),
          targetMonths: PERMIT_TO_SETTLEMENT_MONTHS.unaccompaniedMinor,
        },
        others: { ...durationStats(durations.filter((d) => !d.minor)), targetMonths: PERMIT_TO_SETTLEMENT_MONTHS.other },
      },
      requestToHousing: {
        ...durationStats(housed.map((h) => requestToHousing(h.requested, h.housed))),
        targetDays: REQUEST_TO_HOUSING_DAYS,
      },
    };
  }
}
