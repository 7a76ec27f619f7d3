import { makeNorwegianId } from '@ankomst/contracts';
import { type ImportedHousehold } from '@ankomst/contracts/housing';
import { type Country, type HouseholdShape, origins, places, streets } from './origins';
import type { Random } from './random';

type Member = ImportedHousehold['members'][number];

export interface GenerationContext {
  random: Random;
  municipality: string;
  /** Today in Europe/Oslo (`YYYY-MM-DD`): nothing is dated after it. */
  today: string;
  /** National ids already handed out in this run: each number belongs to one person only. */
  usedIds: Set<string>;
}

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

/** A birth date `age` years (and some days) before `on`. */
function birthDate(random: Random, on: string, age: number): string {
  return shift(on, -(age * 365.25 + random.int(0, 364)));
}

/**
 * A synthetic D-nummer with valid check digits, unique in this run; null for about one
 * person in four (newly arrived refugees often have no number yet).
 */
function maybeDNumber(ctx: GenerationContext, birth: string, share: number): string | null {
  if (!ctx.random.chance(share)) return null;
  const [year, month, day] = birth.split('-').map(Number);
  const [low, high] = year >= 2000 ? [500, 999] : [0, 499];
  for (let attempt = 0; attempt < 40; attempt++) {
    const id = makeNorwegianId({ year, month, day }, ctx.random.int(low, high), 'd-nummer');
    if (id && !ctx.usedIds.has(id)) {
      ctx.usedIds.add(id);
      return id;
    }
  }
  return null;
}

function member(
  ctx: GenerationContext,
  country: Country,
  familyName: string,
  relationship: Member['relationship'],
  age: number,
  sex: 'male' | 'female',
  settledOrToday: string,
): Member {
  const profile = origins[country];
  const birth = birthDate(ctx.random, settledOrToday, age);
  return {
    givenName: ctx.random.pick(sex === 'male' ? profile.male : profile.female),
    familyName,
    birthDate: birth,
    sex,
    relationship,
    nationalId: maybeDNumber(ctx, birth, age >= 18 ? 0.8 : 0.6),
    languages: [],
    residencePermitDate: null,
  };
}

function members(ctx: GenerationContext, country: Country, shape: HouseholdShape, on: string): Member[] {
  const { random } = ctx;
  const family = random.pick(origins[country].family);
  const children = (count: number, parentAge: number) =>
    Array.from({ length: count }, () =>
      member(ctx, country, family, 'child', random.int(0, Math.min(17, parentAge - 18)), random.chance(0.5) ? 'male' : 'female', on),
    );
  switch (shape) {
    case 'single-adult':
      return [member(ctx, country, family, 'head', random.int(19, 45), random.chance(0.7) ? 'male' : 'female', on)];
    case 'unaccompanied-minor':
      return [member(ctx, country, family, 'head', random.int(15, 17), random.chance(0.85) ? 'male' : 'female', on)];
    case 'single-parent': {
      const age = random.int(24, 48);
      return [member(ctx, country, family, 'head', age, 'female', on), ...children(random.int(1, 3), age)];
    }
    case 'reunification': {
      const age = random.int(22, 45);
      return [member(ctx, country, family, 'spouse', age, 'female', on), ...children(random.int(0, 4), age)];
    }
    default: {
      const age = random.int(25, 50);
      return [
        member(ctx, country, family, 'head', age, 'male', on),
        member(ctx, country, family, 'spouse', age - random.int(0, 6), 'female', on),
        ...children(random.int(1, 5), age),
      ];
    }
  }
}

function home(ctx: GenerationContext, size: number, startDate: string): NonNullable<ImportedHousehold['home']> {
  const { random } = ctx;
  const municipal = random.chance(0.72);
  const rooms = Math.min(5, Math.max(1, Math.ceil(size / 2) + (size > 2 ? 1 : 0)));
  const [low, high] = places[ctx.municipality]?.postalCodes ?? [1000, 9990];
  return {
    ownership: municipal ? 'municipal' : 'private',
    address: `${random.pick(streets)} ${random.int(1, 140)}${random.chance(0.3) ? ` ${random.pick(['A', 'B', 'C'])}` : ''}`,
    postalCode: String(random.int(low, high)).padStart(4, '0'),
    sizeSquareMetres: 22 + rooms * 17 + random.int(0, 12),
    rooms,
    monthlyRentNok: (municipal ? 4500 : 6000) + rooms * 1700 + random.int(0, 20) * 50,
    accessible: random.chance(0.15),
    status: 'available',
    availableFrom: shift(startDate, -random.int(30, 3000)),
    startDate,
  };
}

/** Settled households of earlier years, and this year's: most settled, the rest waiting for a home. */
function settlementDate(ctx: GenerationContext): string | null {
  const { random, today } = ctx;
  const thisYear = Number(today.slice(0, 4));
  const year = random.weighted({ [thisYear - 2]: 3, [thisYear - 1]: 4, [thisYear]: 3 } as Record<string, number>);
  const start = `${year}-01-01`;
  const end = minDate(`${year}-12-31`, today);
  const date = shift(start, random.int(0, Math.max(0, (Date.parse(end) - Date.parse(start)) / DAY_MS)));
  if (Number(year) === thisYear && random.chance(0.25)) return null;
  return date;
}

/** One synthetic household as of today, with a realistic origin, shape, dates and home. */
export function demoHousehold(ctx: GenerationContext): ImportedHousehold {
  const { random, today } = ctx;
  const country = random.weighted(Object.fromEntries(Object.entries(origins).map(([c, p]) => [c, p.weight])) as Record<Country, number>);
  const profile = origins[country];
  const shape = random.weighted(profile.shapes);
  const settledOn = settlementDate(ctx);
  const on = settledOn ?? today;
  const origin: ImportedHousehold['origin'] =
    shape === 'unaccompanied-minor'
      ? 'unaccompanied-minor'
      : shape === 'reunification'
        ? 'family-reunification'
        : random.chance(profile.quotaShare)
          ? 'quota-refugee'
          : 'reception-centre';
  // Quota refugees are settled on arrival; others wait in a reception centre, minors less long.
  const permitDaysBefore =
    origin === 'quota-refugee' ? random.int(0, 30) : origin === 'unaccompanied-minor' ? random.int(20, 110) : random.int(30, 260);
  const residencePermitDate = shift(on, -permitDaysBefore);
  const requestedOn = shift(on, -(origin === 'quota-refugee' ? random.int(45, 120) : random.int(5, 45)));
  // A child born after the family's permit gets its own permit on (or after) its birth.
  const people = members(ctx, country, shape, on).map((m) => ({ ...m, residencePermitDate: maxDate(residencePermitDate, m.birthDate) }));
  const housed = settledOn !== null && random.chance(0.9);
  return {
    origin,
    countryOfOrigin: country,
    languages: [...random.pick(profile.languages)],
    requestedOn,
    members: people,
    settledOn,
    home: housed ? home(ctx, people.length, settledOn) : null,
  };
}

/**
 * New numbers for everyone in the batch who has one: the seed's numbers are random, so one
 * may already belong to a person seeded by an earlier run (the service then refuses the batch).
 */
export function redrawNationalIds(ctx: GenerationContext, households: ImportedHousehold[]): void {
  for (const member of households.flatMap((h) => h.members)) {
    if (member.nationalId) member.nationalId = maybeDNumber(ctx, member.birthDate, 1);
  }
}

/** Households until exactly `persons` persons (the last household is cut to fit). */
export function* demoHouseholds(ctx: GenerationContext, persons: number): Generator<ImportedHousehold> {
  let remaining = persons;
  while (remaining > 0) {
    const household = demoHousehold(ctx);
    if (household.members.length > remaining) household.members = household.members.slice(0, remaining);
    remaining -= household.members.length;
    yield household;
  }
}
