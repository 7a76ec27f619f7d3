// State shared by the phases: the private infra's environment, the running stack (started on
// demand), login, and direct database access for picking ids and checking the read model.
import path from 'node:path';
import pg from 'pg';
import { benchDir } from './infra.mjs';
import { PhaseError, fetchFailure, startStack } from './processes.mjs';
import { freePort } from '../launcher/free-port.mjs';

export const demoPassword = 'ankomst-demo';

/**
 * The command line as bench.mjs parses it (the options with a default are always set).
 * @typedef {object} BenchArgs
 * @property {string} [only]
 * @property {string} persons
 * @property {string} municipalities
 * @property {string} duration
 * @property {string} warmup
 * @property {string} connections
 * @property {string} lag-rates
 * @property {string} lag-seconds
 * @property {string} profile-seconds
 * @property {string} profile-target
 * @property {string} profile-path
 * @property {string} [log-level]
 * @property {boolean} reuse
 * @property {boolean} no-audit-variants
 * @property {string} catch-up-budget
 * @property {string} target-minutes
 * @property {string} [seed-args]
 * @property {string} out-dir
 * @property {boolean} no-write
 * @property {string} [note]
 * @property {string} [render-only]
 */

/** @typedef {Awaited<ReturnType<typeof createContext>>} BenchContext */

/**
 * @param {{ infra: import('../launcher/infra.mjs').Infra, args: BenchArgs, log: (message: string) => void }} options
 */
export async function createContext({ infra, args, log }) {
  const port = await freePort();
  const env = { ...process.env, ...infra.env };
  delete env.PORT;
  // A load test is many requests from one user: the gateway's per-user limit (600/min by
  // default) would answer 429 within a second. The limiter itself still runs.
  env.RATE_LIMIT_PER_MINUTE = '100000000';
  // The same for the public forms (5 per minute from one address by default): the bench sends
  // every volunteer sign-up from one address (phases/department-commands.mjs).
  env.PUBLIC_SUBMIT_RATE_LIMIT_PER_MINUTE = '100000000';
  // The launcher seeds a small demo set after health is green; the bench seeds its own data
  // (and tools/seed fills empty municipalities only), so the demo set must stay out.
  env.SEED_DEMO = 'false';
  // Outside production every service checks each answer against its declared output (a
  // contract test on every call); production does not. The bench runs the services outside
  // production (demo users, generated keys), so it turns the check off to measure what runs there.
  env.CHECK_RPC_OUTPUT = 'false';
  if (args['log-level']) env.LOG_LEVEL = args['log-level'];
  const config = {
    persons: Number(args.persons),
    municipalities: args.municipalities.split(',').map((m) => m.trim()),
    durationSeconds: Number(args.duration),
    warmupSeconds: Number(args.warmup),
    connections: Number(args.connections),
    lagRates: args['lag-rates'].split(',').map(Number),
    lagSeconds: Number(args['lag-seconds']),
    profileSeconds: Number(args['profile-seconds']),
    profileTarget: args['profile-target'] ?? 'auto',
    profilePath: args['profile-path'] ?? 'auto',
    logLevel: env.LOG_LEVEL ?? 'info (service default)',
    reuse: args.reuse,
    auditVariants: !args['no-audit-variants'],
    catchUpBudgetSeconds: Number(args['catch-up-budget'] ?? 240),
    seedArgs: args['seed-args'] ? args['seed-args'].split(' ').filter(Boolean) : [],
    // The whole run should stay under 15 minutes on a 2-core machine: the only open-ended
    // wait (the read model catching up after the seed) is cut to leave the later phases time.
    targetMinutes: Number(args['target-minutes'] ?? 14),
    reservedForLaterMs: 330_000,
  };
  const startedAt = Date.now();
  /** @type {Map<string, pg.Pool>} */
  const pools = new Map();
  /** @type {(import('./processes.mjs').Stack & { profile?: string, portal?: boolean }) | undefined} */
  let stack;
  /** The Postgres backends serving the bench's own queries (the lag watcher's above all). */
  const benchBackends = new Set();

  const ctx = {
    config,
    env,
    port,
    log,
    baseUrl: `http://127.0.0.1:${port}`,
    profileDir: path.join(benchDir, 'profiles'),
    remainingMs: () => config.targetMinutes * 60_000 - (Date.now() - startedAt),
    /**
     * Pool on one database of the private cluster (e.g. ankomst_case_overview).
     * @param {string} database
     * @returns {pg.Pool}
     */
    db(database) {
      let pool = pools.get(database);
      if (!pool) {
        const url = new URL(infra.databaseUrl);
        url.pathname = `/${database}`;
        pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
        pool.on('error', () => undefined);
        pool.on('connect', (client) => {
          client
            .query('SELECT pg_backend_pid() AS pid')
            .then(({ rows: [row] }) => benchBackends.add(row.pid))
            .catch(() => undefined);
        });
        pools.set(database, pool);
      }
      return pool;
    },
    /** @returns {number[]} pids of the Postgres backends the bench's own pools hold */
    benchBackendPids: () => [...benchBackends],
    databaseUrl: infra.databaseUrl,
    natsUrl: infra.natsUrl,
    /** This run's results, then the published ones (bench.mjs sets it before the phases run). */
    results: /** @type {import('./report.mjs').BenchResults} */ ({}),
    /** Set once the read model's backlog has been waited for (phases/seed.mjs). */
    backlogChecked: false,
    /** What that wait found, when the read model was behind. */
    backlog: /** @type {{ housingPersons: number, readModelPersons: number, waitedSeconds: number } | undefined} */ (undefined),
    get stack() {
      return stack;
    },
    /**
     * The services and gateway, started by the bench's runner unless already running.
     * With `profile`, restarted unless the running stack profiles exactly those apps; with
     * `portal`, restarted unless the gateway already serves the built portal.
     * @param {{ profile?: string | string[], tag?: string, portal?: boolean }} [options]
     */
    async ensureStack(options = {}) {
      const wanted = [options.profile ?? []].flat().join(',');
      const portal = options.portal ?? false;
      if (stack && (options.profile === undefined || wanted === stack.profile) && (!portal || stack.portal)) return stack;
      await ctx.stopStack();
      log(`starting services and gateway on port ${port}${wanted ? ` (${wanted} under --cpu-prof)` : ''}`);
      // API only unless a phase opens the portal in a browser (phases/case-page.mjs).
      const stackEnv = portal ? { ...env } : { ...env, PORTAL_DIST: path.join(benchDir, 'no-portal') };
      const started = { ...(await startStack({ env: stackEnv, port, profileDir: ctx.profileDir, ...options })), profile: wanted, portal };
      stack = started;
      log(`green after ${started.seconds.toFixed(1)} s`);
      return started;
    },
    async stopStack() {
      if (!stack) return;
      const current = stack;
      stack = undefined;
      await current.stop();
    },
    /**
     * POST /api/auth/login as a demo user (user name = role name).
     * @param {string} role
     * @returns {Promise<string>} the access token
     */
    async login(role) {
      let response;
      try {
        response = await fetch(`${ctx.baseUrl}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: role, password: demoPassword }),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (error) {
        throw new PhaseError(`POST /api/auth/login failed: ${fetchFailure(error)}`);
      }
      const text = await response.text();
      if (response.status === 404) throw new PhaseError('POST /api/auth/login does not exist yet (404): the gateway has no auth module');
      if (!response.ok) throw new PhaseError(`POST /api/auth/login as ${role}: ${response.status} ${text.slice(0, 300)}`);
      const token = JSON.parse(text).accessToken;
      if (!token) throw new PhaseError(`POST /api/auth/login as ${role}: no accessToken in ${text.slice(0, 200)}`);
      return token;
    },
    async close() {
      await ctx.stopStack().catch(() => undefined);
      for (const pool of pools.values()) await pool.end().catch(() => undefined);
    },
  };
  return ctx;
}
