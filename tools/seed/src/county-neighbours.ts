import type { RecordSettlementDecision, RecordSettlementRequest } from '@ankomst/contracts/housing';

/**
 * Other municipalities of a seeded municipality's county, with the shapes the county governor
 * sees in practice (the Østfold settlement project): a council deciding above IMDi's request,
 * one deciding about as asked, one deciding below, and one that has not decided yet. They get
 * requests and decisions only, no persons: the county view has rows to compare without the
 * demo set growing.
 */
const neighbours: Record<string, { municipality: string; requested: number; minors: number; decided: number | null }[]> = {
  '11': [
    { municipality: '1106', requested: 80, minors: 10, decided: 120 },
    { municipality: '1108', requested: 60, minors: 6, decided: 62 },
    { municipality: '1119', requested: 43, minors: 4, decided: 30 },
    { municipality: '1124', requested: 12, minors: 0, decided: null },
  ],
  '32': [
    { municipality: '3203', requested: 70, minors: 8, decided: 70 },
    { municipality: '3205', requested: 50, minors: 5, decided: null },
  ],
};

export interface NeighbourTargets {
  municipality: string;
  request: RecordSettlementRequest;
  decision: RecordSettlementDecision | null;
}

/** The neighbours' request (and decision, if any) for `year`, for the county of `municipality`. */
export function countyNeighbourTargets(municipality: string, year: number): NeighbourTargets[] {
  return (neighbours[municipality.slice(0, 2)] ?? [])
    .filter((n) => n.municipality !== municipality)
    .map((n) => ({
      municipality: n.municipality,
      request: { year, kind: 'initial', total: n.requested, unaccompaniedMinors: n.minors, receivedOn: `${year - 1}-10-01` },
      decision:
        n.decided === null
          ? null
          : { year, total: n.decided, unaccompaniedMinors: Math.min(n.decided, n.minors), decidedOn: `${year - 1}-12-15` },
    }));
}
