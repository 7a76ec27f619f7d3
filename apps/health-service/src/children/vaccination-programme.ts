import { addDays, addMonths, ageOn } from '@ankomst/contracts';
import type { ChildRiskGroup, ChildVaccine } from '@ankomst/contracts/health';

/**
 * The Norwegian childhood immunisation programme (FHI) as dated data, and the gap and catch-up
 * list of one child. Ages in weeks and months count from the birth date (a month from 31 August
 * ends on 30 November; 12 months from 29 February is 28 February). School-grade doses fall in
 * the school year of that grade: a child starts 1st grade in August of the year it turns 6, so
 * grade g runs from 1 August of (birth year + 5 + g) to 30 June of the year after.
 */

export type Vaccine = ChildVaccine;

export type DoseAge = { weeks: number } | { months: number } | { grade: number };

export interface ProgrammeDose {
  vaccine: Vaccine;
  /** 1 for the first dose of that vaccine in the programme, 2 for the second, ... */
  dose: number;
  age: DoseAge;
  /** Only for children in a risk group (BCG, hepatitis B). */
  riskGroup?: ChildRiskGroup;
}

export const childhoodProgramme: readonly ProgrammeDose[] = [
  { vaccine: 'bcg', dose: 1, age: { weeks: 0 }, riskGroup: 'tuberculosis' },
  { vaccine: 'hepb', dose: 1, age: { weeks: 0 }, riskGroup: 'hepatitis-b' },
  { vaccine: 'rotavirus', dose: 1, age: { weeks: 6 } },
  { vaccine: 'dtap-ipv-hib-hepb', dose: 1, age: { months: 3 } },
  { vaccine: 'pcv', dose: 1, age: { months: 3 } },
  { vaccine: 'rotavirus', dose: 2, age: { months: 3 } },
  { vaccine: 'dtap-ipv-hib-hepb', dose: 2, age: { months: 5 } },
  { vaccine: 'pcv', dose: 2, age: { months: 5 } },
  { vaccine: 'dtap-ipv-hib-hepb', dose: 3, age: { months: 12 } },
  { vaccine: 'pcv', dose: 3, age: { months: 12 } },
  { vaccine: 'mmr', dose: 1, age: { months: 15 } },
  { vaccine: 'dtap-ipv', dose: 1, age: { grade: 2 } },
  { vaccine: 'mmr', dose: 2, age: { grade: 6 } },
  { vaccine: 'hpv', dose: 1, age: { grade: 7 } },
  { vaccine: 'dtap-ipv-booster', dose: 1, age: { grade: 10 } },
];

/** The day a dose becomes due for a child born on `birthDate`. */
export function doseDueOn(birthDate: string, age: DoseAge): string {
  if ('weeks' in age) return addDays(birthDate, age.weeks * 7);
  if ('months' in age) return addMonths(birthDate, age.months);
  return `${Number(birthDate.slice(0, 4)) + 5 + age.grade}-08-01`;
}

export interface GivenDose {
  vaccine: Vaccine;
  givenOn: string;
}

export interface ChildVaccinationInput {
  birthDate: string;
  arrivedOn: string;
  given: readonly GivenDose[];
  riskGroups: readonly ChildRiskGroup[];
}

export interface Gap {
  vaccine: Vaccine;
  dose: number;
  /** When the programme would have given it. */
  dueOn: string;
  /** When the catch-up dose should be given: at arrival under 2, else within 3 months of arrival; never before it is due. */
  catchUpBy: string;
}

/** Children over this age at arrival are not followed by the childhood programme any more. */
export const PROGRAMME_UNTIL_AGE = 18;
export const CATCH_UP_MONTHS = 3;

/**
 * Doses of the programme that are due by `asOf` and not given, oldest first, each with its
 * catch-up date, and the next doses coming. Given doses count per vaccine: the second dose of
 * PCV on record covers doses 1 and 2, whatever the dates.
 */
export function vaccinationGaps(
  input: ChildVaccinationInput,
  asOf: string,
): { gaps: Gap[]; upcoming: { vaccine: Vaccine; dose: number; dueOn: string }[] } {
  const givenCount = new Map<Vaccine, number>();
  for (const g of input.given) givenCount.set(g.vaccine, (givenCount.get(g.vaccine) ?? 0) + 1);
  const underTwoAtArrival = ageOn(input.birthDate, input.arrivedOn) < 2;
  const catchUpStart = underTwoAtArrival ? input.arrivedOn : addMonths(input.arrivedOn, CATCH_UP_MONTHS);
  const gaps: Gap[] = [];
  const upcoming: { vaccine: Vaccine; dose: number; dueOn: string }[] = [];
  for (const entry of childhoodProgramme) {
    if (entry.riskGroup && !input.riskGroups.includes(entry.riskGroup)) continue;
    if ((givenCount.get(entry.vaccine) ?? 0) >= entry.dose) continue;
    const dueOn = doseDueOn(input.birthDate, entry.age);
    if (dueOn > asOf) {
      upcoming.push({ vaccine: entry.vaccine, dose: entry.dose, dueOn });
      continue;
    }
    gaps.push({ vaccine: entry.vaccine, dose: entry.dose, dueOn, catchUpBy: dueOn > catchUpStart ? dueOn : catchUpStart });
  }
  const byDate = (a: { dueOn: string }, b: { dueOn: string }) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0);
  return { gaps: gaps.sort(byDate), upcoming: upcoming.sort(byDate) };
}
