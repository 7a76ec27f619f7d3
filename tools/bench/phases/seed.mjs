// Data: tools/seed fills the housing service with N persons in households across several
// municipalities (timed: persons/s), then the bench waits until the case read model, fed by
// the housing events over JetStream, holds every one of them (timed: projection catch-up).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../../launcher/infra.mjs';
import { logDir, PhaseError, tailOf } from '../processes.mjs';
import { readModelDatabase } from './reads.mjs';

const seedScript = path.join(workspaceRoot, 'tools/seed/seed.mjs');
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function readModelPersons(ctx) {
  try {
    const { rows } = await ctx.db(readModelDatabase).query('SELECT count(*)::int AS n FROM read_model.person');
    return rows[0].n;
  } catch (error) {
    if (error.code === '3D000' || error.code === '42P01') return 0; // database or table not there yet
    throw error;
  }
}

function runSeed(ctx, extraArgs) {
  const args = [seedScript, '--persons', String(ctx.config.persons), '--municipalities', ctx.config.municipalities.join(','), ...extraArgs];
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
      if (code === 0) resolve({ seconds, reported: own ? { persons: Number(own[1]), seconds: Number(own[2]), personsPerSecond: Number(own[3]) } : undefined, skipped });
      else reject(new PhaseError(`tools/seed exited with ${signal ?? `code ${code}`} after ${seconds.toFixed(1)} s\n--- seed.log ---\n${tailOf('seed')}`));
    });
  });
}

export async function seedPhase(ctx) {
  if (!fs.existsSync(seedScript)) throw new PhaseError('tools/seed/seed.mjs does not exist yet');
  await ctx.ensureStack();
  const before = await readModelPersons(ctx);
  if (ctx.config.reuse && before >= ctx.config.persons) {
    ctx.log(`--reuse: the read model already holds ${before} persons; not seeding again`);
    return undefined;
  }
  const { persons, municipalities } = ctx.config;
  ctx.log(`npm run seed -- --persons ${persons} --municipalities ${municipalities.join(',')} (log: tmp/bench/logs/seed.log)`);
  const { seconds, reported, skipped } = await runSeed(ctx, ctx.config.seedArgs);
  if (skipped?.length) throw new PhaseError(`the seed skipped municipalities that already had data (${skipped.join('; ')}): run without --reuse`);
  const personsPerSecond = Math.round(persons / seconds);
  ctx.log(`seeded ${persons} persons in ${seconds.toFixed(1)} s: ${personsPerSecond} persons/s (the tool itself reports ${reported?.personsPerSecond ?? '?'} persons/s)`);

  // The read model catches up from JetStream; wait while it keeps making progress, but
  // within a budget so the whole bench stays within its time: a read model still behind
  // is reported (and the later phases then run with that backlog).
  const target = before + persons;
  const catchUpStart = performance.now();
  const budgetMs = ctx.config.catchUpBudgetSeconds * 1000;
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
  if (caughtUp) ctx.log(`read model holds all ${target} persons ${projectionCatchUpSeconds} s after the seed finished`);
  else ctx.log(`read model still behind after the ${ctx.config.catchUpBudgetSeconds} s budget: ${last} / ${target} persons (${projectionPersonsPerSecond} persons/s while waiting); going on`);
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
    endToEndPersonsPerSecond: caughtUp ? Math.round(persons / (seconds + waited)) : undefined,
    householdsByMunicipality: Object.fromEntries(households.rows.map((r) => [r.municipality, r.households])),
  };
}
