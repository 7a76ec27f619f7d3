// Data: tools/seed fills the housing service with N persons in households across several
// municipalities (timed: persons/s), then the bench waits until the case read model, fed by
// the housing events over JetStream, holds every one of them (timed: projection catch-up).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../../launcher/infra.mjs';
import { logDir, PhaseError, tailOf } from '../processes.mjs';
import { waitForQuietBus } from '../quiet-bus.mjs';
import { readModelDatabase } from './reads.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

const seedScript = path.join(workspaceRoot, 'tools/seed/seed.mjs');
/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {BenchContext} ctx
 * @returns {Promise<number>}
 */
export async function readModelPersons(ctx) {
  try {
    const { rows } = await ctx.db(readModelDatabase).query('SELECT count(*)::int AS n FROM read_model.person');
    return rows[0].n;
  } catch (error) {
    const code = /** @type {{ code?: string } | undefined} */ (error)?.code;
    if (code === '3D000' || code === '42P01') return 0; // database or table not there yet
    throw error;
  }
}

/**
 * @param {BenchContext} ctx
 * @param {string[]} extraArgs
 * @param {{ persons: number, municipalities: string[] }} [data] what to seed (the run's --persons and --municipalities by default)
 * @returns {Promise<{ seconds: number, reported?: { persons: number, seconds: number, personsPerSecond: number }, skipped: string[] | null }>}
 */
function runSeed(ctx, extraArgs, data = ctx.config) {
  const args = [seedScript, '--persons', String(data.persons), '--municipalities', data.municipalities.join(','), ...extraArgs];
  fs.mkdirSync(logDir, { recursive: true });
  const out = fs.openSync(path.join(logDir, 'seed.log'), 'w');
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: workspaceRoot,
    env: { ...ctx.env, PORT: String(ctx.port), GATEWAY_URL: ctx.baseUrl, API_URL: ctx.baseUrl, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const seconds = (performance.now() - startedAt) / 1000;
      // The tool's own figure excludes its start-up (compiling its TypeScript on the fly).
      const own = fs.readFileSync(path.join(logDir, 'seed.log'), 'utf8').match(/Seeded (\d+) persons .* in ([\d.]+) s: (\d+) persons\/s/);
      const skipped = fs.readFileSync(path.join(logDir, 'seed.log'), 'utf8').match(/skipped \d+: .*/g);
      if (code === 0)
        resolve({
          seconds,
          reported: own ? { persons: Number(own[1]), seconds: Number(own[2]), personsPerSecond: Number(own[3]) } : undefined,
          skipped,
        });
      else
        reject(
          new PhaseError(
            `tools/seed exited with ${signal ?? `code ${code}`} after ${seconds.toFixed(1)} s\n--- seed.log ---\n${tailOf('seed')}`,
          ),
        );
    });
  });
}

/**
 * @param {BenchContext} ctx
 * @returns {Promise<number | undefined>}
 */
async function housingPersons(ctx) {
  try {
    const { rows } = await ctx.db('ankomst_housing').query('SELECT count(*)::int AS n FROM person');
    return rows[0].n;
  } catch {
    return undefined;
  }
}

/**
 * With --reuse the read model may still be behind the housing service (a previous run's
 * seed backlog): let it catch up within the budget first, so reads and lag are not measured
 * against a projection busy with old work. Runs once per bench run.
 * @param {BenchContext} ctx
 */
export async function waitForReadModelBacklog(ctx) {
  if (ctx.backlogChecked) return;
  ctx.backlogChecked = true;
  await ctx.ensureStack();
  const target = await housingPersons(ctx);
  if (target === undefined) return;
  await waitForReadModel(ctx, target);
  await waitForQuietBus(ctx, ctx.config.catchUpBudgetSeconds * 1000);
}

/**
 * @param {BenchContext} ctx
 * @param {number} target
 */
async function waitForReadModel(ctx, target) {
  const started = performance.now();
  let last = await readModelPersons(ctx);
  if (last >= target) return;
  const budgetMs = Math.max(30_000, Math.min(ctx.config.catchUpBudgetSeconds * 1000, ctx.remainingMs() - ctx.config.reservedForLaterMs));
  ctx.log(`the read model is behind the housing service (${last} of ${target} persons): waiting up to ${Math.round(budgetMs / 1000)} s`);
  while (last < target && performance.now() - started < budgetMs) {
    await delay(1_000);
    last = await readModelPersons(ctx);
  }
  const backlog = { housingPersons: target, readModelPersons: last, waitedSeconds: Math.round((performance.now() - started) / 1000) };
  ctx.backlog = backlog;
  ctx.log(last >= target ? `caught up after ${backlog.waitedSeconds} s` : `still behind: ${last} of ${target} persons; measuring anyway`);
}

/**
 * What an operator does after a bulk import, and autovacuum within a minute or so: fresh
 * planner statistics. Without them the first phases planned against the empty tables the
 * seed started from (the health list scanned every person instead of reading its index).
 * @param {BenchContext} ctx
 */
async function analyzeAfterImport(ctx) {
  const { rows } = await ctx.db('postgres').query(`SELECT datname FROM pg_database WHERE datname LIKE 'ankomst\\_%'`);
  for (const { datname } of rows) await ctx.db(datname).query('ANALYZE');
  ctx.log(`planner statistics refreshed (ANALYZE) in ${rows.length} databases`);
}

/**
 * For a phase that needs some cases but not the seed phase's figures (`--only casePage` on
 * fresh data): a small untimed seed when the housing service holds nobody yet.
 * @param {BenchContext} ctx
 * @param {{ persons: number, municipalities: string[] }} data
 */
export async function seedIfEmpty(ctx, data) {
  await ctx.ensureStack();
  if (((await housingPersons(ctx)) ?? 0) > 0) return;
  ctx.log(`no data yet: seeding ${data.persons} persons in ${data.municipalities.join(',')} (untimed; log: tmp/bench/logs/seed.log)`);
  await runSeed(ctx, [], data);
}

/** @param {BenchContext} ctx */
export async function seedPhase(ctx) {
  if (!fs.existsSync(seedScript)) throw new PhaseError('tools/seed/seed.mjs does not exist yet');
  await ctx.ensureStack();
  const before = await readModelPersons(ctx);
  if (ctx.config.reuse && ((await housingPersons(ctx)) ?? 0) >= ctx.config.persons) {
    ctx.log(`--reuse: the housing service already holds ${ctx.config.persons}+ persons; not seeding again`);
    return undefined;
  }
  const { persons, municipalities } = ctx.config;
  ctx.log(`npm run seed -- --persons ${persons} --municipalities ${municipalities.join(',')} (log: tmp/bench/logs/seed.log)`);
  const { seconds, reported, skipped } = await runSeed(ctx, ctx.config.seedArgs);
  if (skipped?.length)
    throw new PhaseError(`the seed skipped municipalities that already had data (${skipped.join('; ')}): run without --reuse`);
  const personsPerSecond = Math.round(persons / seconds);
  ctx.log(
    `seeded ${persons} persons in ${seconds.toFixed(1)} s: ${personsPerSecond} persons/s (the tool itself reports ${reported?.personsPerSecond ?? '?'} persons/s)`,
  );

  // The read model catches up from JetStream; wait while it keeps making progress, but
  // within a budget so the whole bench stays within its time: a read model still behind
  // is reported (and the later phases then run with that backlog).
  const target = before + persons;
  const catchUpStart = performance.now();
  // Leave the later phases their time within the run's target (see ctx.remainingMs).
  const budgetMs = Math.max(30_000, Math.min(ctx.config.catchUpBudgetSeconds * 1000, ctx.remainingMs() - ctx.config.reservedForLaterMs));
  if (budgetMs < ctx.config.catchUpBudgetSeconds * 1000)
    ctx.log(`waiting at most ${Math.round(budgetMs / 1000)} s for the read model, to keep the run within ${ctx.config.targetMinutes} min`);
  let last = await readModelPersons(ctx);
  const atSeedEnd = last;
  let lastProgressAt = performance.now();
  let lastLog = 0;
  while (last < target && performance.now() - catchUpStart < budgetMs) {
    await delay(250);
    const now = await readModelPersons(ctx);
    if (now > last) lastProgressAt = performance.now();
    last = now;
    if (performance.now() - lastProgressAt > 60_000) {
      throw new PhaseError(`the case read model stopped at ${last} of ${target} persons (no progress for 60 s)`);
    }
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      ctx.log(`read model: ${last} / ${target} persons`);
    }
  }
  const waited = (performance.now() - catchUpStart) / 1000;
  const caughtUp = last >= target;
  // Seconds after the seed command returned; the projection also ran while it was seeding.
  const projectionCatchUpSeconds = caughtUp ? Math.round(waited * 10) / 10 : undefined;
  const projectionPersonsPerSecond = Math.round((last - atSeedEnd) / Math.max(waited, 0.001));
  ctx.backlogChecked = true;
  if (caughtUp) ctx.log(`read model holds all ${target} persons ${projectionCatchUpSeconds} s after the seed finished`);
  else
    ctx.log(
      `read model still behind after waiting ${Math.round(waited)} s: ${last} / ${target} persons (${projectionPersonsPerSecond} persons/s while waiting); going on`,
    );
  // The other consumers of the seed's events (introduction, health, the case overview's
  // other subjects) may still be working: the later phases start when all are done.
  const quiet = await waitForQuietBus(ctx, Math.max(30_000, ctx.remainingMs() - ctx.config.reservedForLaterMs));
  await analyzeAfterImport(ctx);
  const households = await ctx
    .db(readModelDatabase)
    .query('SELECT municipality, count(*)::int AS households FROM read_model.household GROUP BY municipality ORDER BY municipality');
  return {
    persons,
    municipalities,
    seconds: Math.round(seconds * 10) / 10,
    personsPerSecond,
    toolReportedPersonsPerSecond: reported?.personsPerSecond,
    readModelCaughtUp: caughtUp,
    readModelPersonsAtSeedEnd: atSeedEnd - before,
    readModelPersons: last - before,
    projectionCatchUpSeconds,
    projectionPersonsPerSecond,
    // Seconds after the read model caught up until every consumer had applied the seed.
    otherConsumersCaughtUpSeconds: quiet.pendingAtEnd === 0 ? quiet.waitedSeconds : undefined,
    endToEndPersonsPerSecond: caughtUp ? Math.round(persons / (seconds + waited)) : undefined,
    householdsByMunicipality: Object.fromEntries(
      households.rows.map((/** @type {{ municipality: string, households: number }} */ r) => [r.municipality, r.households]),
    ),
  };
}
