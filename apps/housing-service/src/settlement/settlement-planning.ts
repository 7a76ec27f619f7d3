import { quarterOf } from '@ankomst/contracts';
import type { DwellingsByRooms, PlanningQuarter, SettlementPlanning } from '@ankomst/contracts/housing';

/**
 * Planning rule of thumb: one person per room. A dwelling's rooms include the living room, so
 * this errs on the side of seeing a shortfall early rather than late.
 */
export const PERSONS_PER_ROOM = 1;

interface Persons {
  total: number;
  unaccompaniedMinors: number;
}

export interface PlanningInput {
  municipality: string;
  year: number;
  /** Today in Europe/Oslo. */
  today: string;
  decided: Persons | null;
  requested: Persons;
  settled: Persons;
  /** Municipal dwellings and the first day each is free (vacant today: a day not after today). */
  dwellings: { rooms: number; freeFrom: string }[];
}

const noDwellings = (): DwellingsByRooms => ({ oneRoom: 0, twoRooms: 0, threeRooms: 0, fourOrMoreRooms: 0, total: 0 });

function addDwelling(counts: DwellingsByRooms, rooms: number) {
  const size = rooms >= 4 ? 'fourOrMoreRooms' : rooms === 3 ? 'threeRooms' : rooms === 2 ? 'twoRooms' : 'oneRoom';
  counts[size] += 1;
  counts.total += 1;
}

/** `total` spread over `parts`: as even as whole persons allow, the remainder in the earliest parts. */
export function spreadEvenly(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * Who is still to be settled (against the decision, or the request while there is none), spread
 * over the quarters left of the year, against the places in the dwellings that become free.
 */
export function settlementPlan(input: PlanningInput): SettlementPlanning {
  const basis = input.decided ? 'decision' : input.requested.total > 0 ? 'request' : 'none';
  const target = input.decided ?? input.requested;
  const minors = Math.max(0, target.unaccompaniedMinors - input.settled.unaccompaniedMinors);
  const others = Math.max(0, target.total - target.unaccompaniedMinors - (input.settled.total - input.settled.unaccompaniedMinors));

  const ranges = ([1, 2, 3, 4] as const).map((q) => ({ q, ...quarterOf(input.year, q) }));
  const open = ranges.filter((r) => r.to >= input.today);
  const othersPerQuarter = spreadEvenly(others, open.length);
  const minorsPerQuarter = spreadEvenly(minors, open.length);
  const firstOpen = open[0]?.q;

  let cumulativeNeed = 0;
  let cumulativePlaces = 0;
  const quarters: PlanningQuarter[] = ranges.map((range) => {
    const index = open.findIndex((r) => r.q === range.q);
    const freed = noDwellings();
    for (const d of input.dwellings) {
      const freeNow = d.freeFrom <= input.today;
      const inQuarter = d.freeFrom >= range.from && d.freeFrom <= range.to;
      if ((freeNow && range.q === firstOpen) || (!freeNow && inQuarter)) {
        addDwelling(freed, d.rooms);
        cumulativePlaces += d.rooms * PERSONS_PER_ROOM;
      }
    }
    const toSettleOthers = index < 0 ? 0 : othersPerQuarter[index];
    const toSettleMinors = index < 0 ? 0 : minorsPerQuarter[index];
    cumulativeNeed += toSettleOthers;
    return {
      quarter: `${input.year}-Q${range.q}`,
      past: index < 0,
      toSettle: { total: toSettleOthers + toSettleMinors, unaccompaniedMinors: toSettleMinors },
      freed,
      cumulativeNeed,
      cumulativePlaces,
      shortfall: Math.max(0, cumulativeNeed - cumulativePlaces),
    };
  });
  return {
    municipality: input.municipality,
    year: input.year,
    basis,
    remaining: { total: others + minors, unaccompaniedMinors: minors },
    quarters,
  };
}
