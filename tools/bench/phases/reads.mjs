// Case view reads: the gateway's case endpoint and search endpoint under closed-loop load,
// each against the baseline server running the same SQL on the same read-model database.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fillPath, findRoute, municipalityOf, openApiRoutes, tokenClaims } from '../api.mjs';
import { measure } from '../load.mjs';
import { PhaseError, fetchFailure, messageOf } from '../processes.mjs';
import { waitForReadModelBacklog } from './seed.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

export const caseRoutePatterns = [/^\/api\/cases\/\{[^}]+\}$/, /^\/api\/case-overview\/cases\/\{[^}]+\}$/, /\/cases?\/\{householdId\}$/];
export const searchRoutePatterns = [/^\/api\/cases$/, /^\/api\/cases\/search$/, /^\/api\/case-overview\/cases$/, /\/cases\/search$/];
export const readModelDatabase = 'ankomst_case_overview';

/**
 * @template T
 * @param {T[]} items
 * @returns {T}
 */
const pick = (items) => items[Math.floor(Math.random() * items.length)];

/**
 * Logs in as coordination-member and picks random existing cases of its municipality.
 * @param {BenchContext} ctx
 */
export async function readSetup(ctx) {
  await ctx.ensureStack();
  await waitForReadModelBacklog(ctx);
  const routes = await openApiRoutes(ctx.baseUrl);
  const token = await ctx.login('coordination-member');
  const municipality = municipalityOf(tokenClaims(token));
  if (!municipality) throw new PhaseError(`no municipality claim in coordination-member's token: ${JSON.stringify(tokenClaims(token))}`);
  const db = ctx.db(readModelDatabase);
  /** @type {{ household_id: string, members: unknown }[]} */
  let sample;
  try {
    const where = municipality ? 'WHERE municipality = $1' : '';
    ({ rows: sample } = await db.query(
      `SELECT household_id, members FROM read_model.household ${where} ORDER BY random() LIMIT 5000`,
      municipality ? [municipality] : [],
    ));
  } catch (error) {
    throw new PhaseError(`cannot read the case read model (${readModelDatabase}.read_model.household): ${messageOf(error)}`);
  }
  if (!sample.length) {
    throw new PhaseError(
      `the case read model has no households${municipality ? ` in ${municipality} (coordination-member's municipality)` : ''}: run the seed phase first`,
    );
  }
  const names = sample
    .flatMap((row) =>
      (Array.isArray(row.members) ? row.members : []).map((/** @type {{ givenName?: string }} */ m) => `${m.givenName ?? ''}`),
    )
    .filter((n) => n.length >= 3);
  ctx.log(`${sample.length} random cases${municipality ? ` of municipality ${municipality}` : ''}, logged in as coordination-member`);
  return { routes, token, municipality, householdIds: sample.map((row) => row.household_id), names };
}

/**
 * @param {string} url
 * @param {Record<string, string>} headers
 * @param {string} what
 */
export async function checkOnce(url, headers, what) {
  let response;
  try {
    response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new PhaseError(`${what}: GET ${url} failed: ${fetchFailure(error)}`);
  }
  const text = await response.text();
  if (!response.ok) throw new PhaseError(`${what}: GET ${url} answered ${response.status} ${text.slice(0, 300)}`);
  return text;
}

/**
 * The baseline server as a child process, on a free port.
 * @param {BenchContext} ctx
 * @param {string} [audit] 'off', 'serial' or 'batched' (see audit-append.mjs)
 */
export async function startBaseline(ctx, audit = 'off') {
  const url = new URL(ctx.databaseUrl);
  url.pathname = `/${readModelDatabase}`;
  const auditUrl = new URL(ctx.databaseUrl);
  auditUrl.pathname = '/ankomst_gateway';
  const child = spawn(process.execPath, [path.join(import.meta.dirname, '../baseline-server.mjs')], {
    env: {
      ...process.env,
      BASELINE_DATABASE_URL: url.toString(),
      BASELINE_AUDIT: audit,
      BASELINE_AUDIT_DATABASE_URL: auditUrl.toString(),
      PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  /** @type {number} */
  const port = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = line.match(/^listening (\d+)/);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new PhaseError(`baseline server exited with code ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/**
 * @param {BenchContext} ctx
 * @param {{ label: string, baselinePath: () => string, audit: string }} options
 */
async function measureBaseline(ctx, { label, baselinePath, audit }) {
  const { connections, durationSeconds, warmupSeconds } = ctx.config;
  const baseline = await startBaseline(ctx, audit);
  try {
    await checkOnce(`${baseline.baseUrl}${baselinePath()}`, {}, `${label} baseline`);
    const { window: _window, ...result } = await measure({
      url: baseline.baseUrl,
      connections,
      durationSeconds,
      warmupSeconds,
      nextPath: baselinePath,
      label: `${label} (baseline, audit ${audit})`,
    });
    return result;
  } finally {
    await baseline.stop();
  }
}

/**
 * GET /api/audit/verify as privacy-officer: the chain must still be whole after the bench's appends.
 * @param {BenchContext} ctx
 * @returns {Promise<unknown>} the gateway's answer, or { ok: false, error }
 */
async function verifyAuditChain(ctx) {
  try {
    const token = await ctx.login('privacy-officer');
    const response = await fetch(`${ctx.baseUrl}/api/audit/verify`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(120_000),
    });
    const body = await response.json();
    return response.ok ? body : { ok: false, error: `${response.status} ${JSON.stringify(body).slice(0, 200)}` };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

/**
 * @param {BenchContext} ctx
 * @param {{ label: string, gatewayPath: () => string, baselinePath: () => string, token: string, auditVariants?: boolean }} options
 */
async function compare(ctx, { label, gatewayPath, baselinePath, token, auditVariants = false }) {
  const { connections, durationSeconds, warmupSeconds } = ctx.config;
  const headers = { authorization: `Bearer ${token}` };
  await checkOnce(`${ctx.baseUrl}${gatewayPath()}`, headers, label);
  ctx.log(`${label}: gateway, ${connections} connections, ${warmupSeconds} s warm-up + ${durationSeconds} s`);
  const { window: _gatewayWindow, ...gateway } = await measure({
    url: ctx.baseUrl,
    connections,
    durationSeconds,
    warmupSeconds,
    headers,
    nextPath: gatewayPath,
    label: `${label} (gateway)`,
    processes: { gateway: ctx.stack?.pidOf('gateway'), 'case-overview-service': ctx.stack?.pidOf('case-overview-service') },
  });
  ctx.log(
    `  ${gateway.reqPerSec} req/s, p50 ${gateway.p50Ms} ms, p99 ${gateway.p99Ms} ms, CPU ms per request ${JSON.stringify(gateway.cpuMsPerRequest)}`,
  );
  const baseline = await startBaseline(ctx);
  try {
    await checkOnce(`${baseline.baseUrl}${baselinePath()}`, {}, `${label} baseline`);
    ctx.log(`${label}: baseline (Fastify + pg, same SQL)`);
    const { window: _baseWindow, ...base } = await measure({
      url: baseline.baseUrl,
      connections,
      durationSeconds,
      warmupSeconds,
      nextPath: baselinePath,
      label: `${label} (baseline)`,
      processes: { baseline: baseline.pid },
    });
    ctx.log(
      `  ${base.reqPerSec} req/s, p50 ${base.p50Ms} ms, p99 ${base.p99Ms} ms, CPU ms per request ${JSON.stringify(base.cpuMsPerRequest)}`,
    );
    const result = {
      ...gateway,
      baselineReqPerSec: base.reqPerSec,
      baselineP50Ms: base.p50Ms,
      baselineP99Ms: base.p99Ms,
      baselineCpuMsPerRequest: base.cpuMsPerRequest,
      ratio: Math.round((gateway.reqPerSec / base.reqPerSec) * 1000) / 1000,
    };
    await baseline.stop();
    /** @type {{ baselineWithAudit?: AuditVariant, baselineWithBatchedAudit?: AuditVariant, auditChainAfter?: unknown }} */
    const withAudit = {};
    if (auditVariants) {
      // The same baseline plus the gateway's audit append: as the gateway does it (serial),
      // then batched (the proposed fix), to show how much of the gap the audit log explains.
      /** @type {['serial' | 'batched', 'baselineWithAudit' | 'baselineWithBatchedAudit'][]} */
      const variants = [
        ['serial', 'baselineWithAudit'],
        ['batched', 'baselineWithBatchedAudit'],
      ];
      for (const [audit, key] of variants) {
        ctx.log(`${label}: baseline + audit append (${audit})`);
        const r = await measureBaseline(ctx, { label, baselinePath, audit });
        ctx.log(`  ${r.reqPerSec} req/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
        withAudit[key] = { reqPerSec: r.reqPerSec, p50Ms: r.p50Ms, p99Ms: r.p99Ms };
      }
      withAudit.auditChainAfter = await verifyAuditChain(ctx);
      ctx.log(`audit chain after the bench's appends: ${JSON.stringify(withAudit.auditChainAfter).slice(0, 200)}`);
    }
    return { ...result, ...withAudit };
  } finally {
    await baseline.stop();
  }
}

/** @typedef {{ reqPerSec: number, p50Ms: number, p99Ms: number }} AuditVariant */

/** @param {BenchContext} ctx */
export async function caseViewPhase(ctx) {
  const setup = await readSetup(ctx);
  const route = findRoute(setup.routes, 'GET', caseRoutePatterns, 'case endpoint (GET case by household id)');
  const param = route.path.match(/\{(\w+)\}/)?.[1];
  if (!param) throw new PhaseError(`case endpoint GET ${route.path} has no {parameter} for the household id`);
  ctx.log(`case endpoint: GET ${route.path}`);
  const result = await compare(ctx, {
    label: 'case view',
    token: setup.token,
    gatewayPath: () => fillPath(route.path, { [param]: pick(setup.householdIds) }),
    baselinePath: () => `/cases/${pick(setup.householdIds)}?municipality=${setup.municipality}`,
    auditVariants: ctx.config.auditVariants,
  });
  return { route: `GET ${route.path}`, cases: setup.householdIds.length, municipality: setup.municipality, ...result };
}

/**
 * Two to four letters from a real member name: matches a few to a few hundred cases.
 * @param {string[]} names
 */
function nameFragment(names) {
  const name = pick(names).toLowerCase();
  const length = 3 + Math.floor(Math.random() * 2);
  const start = Math.floor(Math.random() * Math.max(1, name.length - length + 1));
  return name.slice(start, start + length);
}

/** @param {BenchContext} ctx */
export async function searchPhase(ctx) {
  const setup = await readSetup(ctx);
  const route = findRoute(setup.routes, 'GET', searchRoutePatterns, 'case search endpoint');
  if (!setup.names.length) throw new PhaseError('no member names in the read model sample to search for');
  ctx.log(`search endpoint: GET ${route.path}?name=<3–4 letters of a real name>&limit=25`);
  const query = () => `name=${encodeURIComponent(nameFragment(setup.names))}&limit=25`;
  const result = await compare(ctx, {
    label: 'search',
    token: setup.token,
    gatewayPath: () => `${route.path}?${query()}`,
    baselinePath: () => `/cases?${query()}&municipality=${setup.municipality}`,
  });
  return { route: `GET ${route.path}`, query: 'name=<3–4 letters>&limit=25', ...result };
}
