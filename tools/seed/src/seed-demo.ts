import { housingRpc, type ImportedHousehold, type RegisterDwelling } from '@ankomst/contracts/housing';
import { ServiceException } from '@ankomst/platform-messaging';
import { countyNeighbourTargets } from './county-neighbours';
import { demoHouseholds, type GenerationContext, redrawNationalIds } from './demo-households';
import { type IntroductionSeedResult, seedIntroduction } from './demo-introduction';
import { connectToHousing, type HousingConnection } from './housing-connection';
import { Random } from './random';
import { yearlyTargets } from './yearly-targets';

export interface SeedOptions {
  natsUrl: string;
  /** Persons in total, split evenly over the municipalities (100 to 100,000). */
  persons: number;
  municipalities: string[];
  /** Same seed, same data. */
  seed?: number;
  /** Households per import command (one transaction each). */
  batchSize?: number;
  /** Import commands in flight at once. */
  concurrency?: number;
  /** Today in Europe/Oslo; defaults to the real today. */
  today?: string;
  onProgress?: (persons: number) => void;
  log?: (message: string) => void;
  /** Also work the introduction programme's candidates (the introduction service must run). */
  introduction?: boolean;
}

export interface SeedResult {
  seeded: { municipality: string; households: number; persons: number; vacantDwellings: number }[];
  skipped: { municipality: string; households: number }[];
  introduction: IntroductionSeedResult[];
  seconds: number;
  personsPerSecond: number;
}

const osloToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/**
 * Fills an EMPTY housing service with synthetic demo data through its own commands, so
 * every row is validated and every change emits its events like real work would. A
 * municipality that already has households is left alone (seeding twice adds nothing).
 */
export async function seedDemo(options: SeedOptions): Promise<SeedResult> {
  if (!Number.isInteger(options.persons) || options.persons < 100 || options.persons > 100_000) {
    throw new Error('persons must be a whole number from 100 to 100000');
  }
  const log = options.log ?? (() => undefined);
  const started = performance.now();
  const housing = await connectToHousing(options.natsUrl);
  const result: SeedResult = { seeded: [], skipped: [], introduction: [], seconds: 0, personsPerSecond: 0 };
  const usedIds = new Set<string>();
  try {
    const perMunicipality = splitEvenly(options.persons, options.municipalities.length);
    for (const [i, municipality] of options.municipalities.entries()) {
      const existing = await housing
        .send<{ total: number }>(housingRpc.listHouseholds, { limit: 1 }, municipality, 10_000)
        .catch((error: Error) => {
          throw new Error(`the housing service does not answer on ${options.natsUrl} (is it running? npm start): ${error.message}`);
        });
      if (existing.total > 0) {
        log(`${municipality}: already has ${existing.total} households; the seed fills empty municipalities only`);
        result.skipped.push({ municipality, households: existing.total });
        continue;
      }
      const ctx: GenerationContext = {
        random: new Random((options.seed ?? 1) * 10_007 + Number(municipality)),
        municipality,
        today: options.today ?? osloToday(),
        usedIds,
      };
      const households = [...demoHouseholds(ctx, perMunicipality[i])];
      await recordYearlyDecisions(housing, municipality, households);
      await recordCountyNeighbours(housing, municipality, Number(ctx.today.slice(0, 4)), options.municipalities);
      await importInBatches(housing, ctx, households, options);
      const vacantDwellings = await registerVacantDwellings(housing, ctx, households);
      result.seeded.push({ municipality, households: households.length, persons: perMunicipality[i], vacantDwellings });
      log(`${municipality}: ${households.length} households, ${perMunicipality[i]} persons, ${vacantDwellings} vacant municipal dwellings`);
      if (options.introduction) {
        result.introduction.push(
          await seedIntroduction({ natsUrl: options.natsUrl, municipality, today: ctx.today, seed: options.seed, log }),
        );
      }
    }
  } finally {
    await housing.close();
  }
  result.seconds = (performance.now() - started) / 1000;
  const persons = result.seeded.reduce((n, s) => n + s.persons, 0);
  result.personsPerSecond = result.seconds > 0 ? Math.round(persons / result.seconds) : 0;
  return result;
}

function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/** IMDi's request and the council's decision per year, a little above what was settled. */
async function recordYearlyDecisions(housing: HousingConnection, municipality: string, households: ImportedHousehold[]) {
  for (const target of yearlyTargets(households)) {
    await housing.send(housingRpc.recordSettlementRequest, target.request, municipality);
    await housing.send(housingRpc.recordSettlementDecision, target.decision, municipality);
  }
}

/** Requests and decisions of the county's other municipalities (not seeded themselves), for the county view. */
async function recordCountyNeighbours(housing: HousingConnection, municipality: string, year: number, seeded: string[]) {
  for (const target of countyNeighbourTargets(municipality, year).filter((t) => !seeded.includes(t.municipality))) {
    const progress = await housing.send<{ requested: { total: number } }>(housingRpc.settlementProgress, { year }, target.municipality);
    if (progress.requested.total > 0) continue;
    await housing.send(housingRpc.recordSettlementRequest, target.request, target.municipality);
    if (target.decision) await housing.send(housingRpc.recordSettlementDecision, target.decision, target.municipality);
  }
}

async function importInBatches(housing: HousingConnection, ctx: GenerationContext, households: ImportedHousehold[], options: SeedOptions) {
  const batchSize = options.batchSize ?? 100;
  const batches: ImportedHousehold[][] = [];
  for (let i = 0; i < households.length; i += batchSize) batches.push(households.slice(i, i + batchSize));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++];
      await importWithFreshIdsOnConflict(housing, ctx, batch);
      options.onProgress?.(batch.reduce((n, h) => n + h.members.length, 0));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
}

/** A batch is one transaction: refused whole when a number is taken, so draw new numbers and retry. */
async function importWithFreshIdsOnConflict(housing: HousingConnection, ctx: GenerationContext, batch: ImportedHousehold[]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await housing.send(housingRpc.importHouseholds, { households: batch }, ctx.municipality, 120_000);
    } catch (error) {
      if (!(error instanceof ServiceException && error.code === 'conflict') || attempt >= 5) throw error;
      redrawNationalIds(ctx, batch);
    }
  }
}

/** About 4–5 % of the municipal stock stands empty, as the vacancy target expects. */
async function registerVacantDwellings(housing: HousingConnection, ctx: GenerationContext, households: ImportedHousehold[]) {
  const municipalHomes = households.filter((h) => h.home?.ownership === 'municipal');
  const count = Math.round(municipalHomes.length * 0.045);
  for (let i = 0; i < count; i++) {
    const { startDate: _startDate, ...template } = ctx.random.pick(municipalHomes).home as NonNullable<ImportedHousehold['home']>;
    const dwelling: RegisterDwelling = {
      ...template,
      address: `${template.address.split(' ')[0]} ${ctx.random.int(141, 300)}`,
      status: 'available',
    };
    await housing.send(housingRpc.registerDwelling, dwelling, ctx.municipality);
  }
  return count;
}
