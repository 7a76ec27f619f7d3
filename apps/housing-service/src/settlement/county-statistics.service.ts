import { countyOf, type CountyStatistics } from '@ankomst/contracts/housing';
import { authorize, type RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { countyMunicipalityView, type MunicipalityFigures } from './county-view';

type Figure = { municipality: string; total: number; minors: number };

/**
 * The county governor's view of the analyst's own county (the first two digits of the
 * analyst's kommunenummer): every municipality of it with a request, a decision or a person
 * settled in the year. Counts only; no row of a person leaves this service.
 */
@Injectable()
export class CountyStatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  async county({ actor }: RequestContext, year: number): Promise<CountyStatistics> {
    authorize(actor, 'statistics:county');
    const county = countyOf(actor.municipality);
    const params = [county, year];
    const [requests, decisions, settled] = await Promise.all([
      this.dataSource.query<Figure[]>(
        `SELECT municipality, sum(total)::int AS total, sum(unaccompanied_minors)::int AS minors
           FROM settlement_request WHERE left(municipality, 2) = $1 AND year = $2 GROUP BY municipality`,
        params,
      ),
      this.dataSource.query<Figure[]>(
        `SELECT municipality, total, unaccompanied_minors AS minors
           FROM settlement_decision WHERE left(municipality, 2) = $1 AND year = $2`,
        params,
      ),
      this.dataSource.query<(Figure & { days: number[] | null })[]>(
        `SELECT municipality, count(*)::int AS total, count(*) FILTER (WHERE unaccompanied_minor)::int AS minors,
                array_agg(settled_on - residence_permit_date) FILTER (WHERE residence_permit_date IS NOT NULL) AS days
           FROM person
          WHERE left(municipality, 2) = $1 AND settled_on >= make_date($2, 1, 1) AND settled_on < make_date($2 + 1, 1, 1)
          GROUP BY municipality`,
        params,
      ),
    ]);
    const byMunicipality = new Map<string, MunicipalityFigures>();
    const entry = (municipality: string) => {
      let figures = byMunicipality.get(municipality);
      if (!figures) {
        figures = {
          municipality,
          requested: null,
          decided: null,
          settled: { total: 0, unaccompaniedMinors: 0 },
          permitToSettlementDays: [],
        };
        byMunicipality.set(municipality, figures);
      }
      return figures;
    };
    for (const r of requests) entry(r.municipality).requested = { total: r.total, unaccompaniedMinors: r.minors };
    for (const d of decisions) entry(d.municipality).decided = { total: d.total, unaccompaniedMinors: d.minors };
    for (const s of settled) {
      const figures = entry(s.municipality);
      figures.settled = { total: s.total, unaccompaniedMinors: s.minors };
      figures.permitToSettlementDays = s.days ?? [];
    }
    const municipalities = [...byMunicipality.values()]
      .sort((a, b) => a.municipality.localeCompare(b.municipality))
      .map(countyMunicipalityView);
    return { county, year, municipalities };
  }
}
