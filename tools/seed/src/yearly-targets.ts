import type { ImportedHousehold, RecordSettlementDecision, RecordSettlementRequest } from '@ankomst/contracts/housing';

/**
 * IMDi's yearly request and the council's decision that fit the settled households: the
 * request a little above what was settled, the decision equal to it or slightly lower.
 */
export function yearlyTargets(households: ImportedHousehold[]): { request: RecordSettlementRequest; decision: RecordSettlementDecision }[] {
  const byYear = new Map<number, { total: number; minors: number }>();
  for (const h of households) {
    if (!h.settledOn) continue;
    const year = Number(h.settledOn.slice(0, 4));
    const counts = byYear.get(year) ?? { total: 0, minors: 0 };
    counts.total += h.members.length;
    if (h.origin === 'unaccompanied-minor') counts.minors += h.members.length;
    byYear.set(year, counts);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { total, minors }], i) => {
      const requested = Math.ceil(total * 1.1);
      const requestedMinors = Math.min(requested, Math.ceil(minors * 1.1));
      const decided = i % 2 ? requested : Math.ceil(total * 1.03);
      return {
        request: { year, kind: 'initial', total: requested, unaccompaniedMinors: requestedMinors, receivedOn: `${year - 1}-10-01` },
        decision: { year, total: decided, unaccompaniedMinors: Math.min(decided, requestedMinors), decidedOn: `${year - 1}-12-15` },
      };
    });
}
