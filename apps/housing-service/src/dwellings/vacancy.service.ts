import type { VacancyReport } from '@ankomst/contracts/housing';
import type { RequestContext } from '@ankomst/platform-messaging';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HOUSING_CONFIG, type HousingConfig } from '../config';
import { type DwellingPeriod, vacancyByQuarter } from './vacancy';
import { authorize } from '@ankomst/platform-messaging';

/** Quarterly vacancy of the municipal dwellings, as reported to the council. */
@Injectable()
export class VacancyService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(HOUSING_CONFIG) private readonly config: HousingConfig,
  ) {}

  async report({ actor }: RequestContext, year: number): Promise<VacancyReport> {
    authorize(actor, 'housing:statistics');
    const rows = await this.dataSource.query<
      { id: string; from: string; retired: string | null; tenancies: { startDate: string; endDate: string | null }[] | null }[]
    >(
      `SELECT d.id, d.available_from::text AS "from", d.retired_on::text AS retired,
              json_agg(json_build_object('startDate', t.start_date, 'endDate', t.end_date)) FILTER (WHERE t.id IS NOT NULL) AS tenancies
         FROM dwelling d
         LEFT JOIN tenancy t ON t.dwelling_id = d.id
              AND t.start_date <= make_date($2, 12, 31) AND (t.end_date IS NULL OR t.end_date >= make_date($2, 1, 1))
        WHERE d.municipality = $1 AND d.ownership = 'municipal' AND d.available_from <= make_date($2, 12, 31)
        GROUP BY d.id`,
      [actor.municipality, year],
    );
    const stock: DwellingPeriod[] = rows.map((r) => ({ availableFrom: r.from, retiredOn: r.retired, tenancies: r.tenancies ?? [] }));
    return { municipality: actor.municipality, year, quarters: vacancyByQuarter(stock, year, this.config.VACANCY_TARGET_PERCENT) };
  }
}
