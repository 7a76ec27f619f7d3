// Each department's main command through the gateway, beside housing's in eventLag: sent
// open-loop at a fixed rate (the schedule does not wait for answers, so a slow service cannot
// slow the test down and hide its queue), as that department's role, on records the seeded
// data holds. Measured per department: how many were answered and how, the time to the answer,
// and the CPU of every process per command. The commands' events feed the case overview; how
// long a change takes to show there is measured for housing (eventLag), not here.
import http from 'node:http';
import { fillPath, findRoute, municipalityOf, openApiRoutes, osloDay, tokenClaims } from '../api.mjs';
import { lagStats, request } from '../lag.mjs';
import { machineCpuMeter } from '../process-cpu.mjs';
import { PhaseError } from '../processes.mjs';
import { waitForReadModelBacklog } from './seed.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} DepartmentCommand
 * @property {string} department
 * @property {string} what the command in a case worker's words
 * @property {string | undefined} role who sends it; undefined for a public form
 * @property {string} service the app that does the work
 * @property {string} method
 * @property {RegExp} path the route in the gateway's OpenAPI document
 * @property {{ database: string, sql: string } | undefined} targets the records it acts on ($1 the municipality, $2 how many)
 * @property {(i: number, run: string) => unknown} body the i-th command's body
 */

/** @type {DepartmentCommand[]} */
export const departmentCommands = [
  {
    department: 'introduction',
    what: 'records the kartlegging of a candidate',
    role: 'intro-advisor',
    service: 'introduction-service',
    method: 'PUT',
    path: /^\/api\/introduction\/participants\/\{[^}]+\}\/mapping$/,
    targets: {
      database: 'ankomst_introduction',
      sql: 'SELECT id FROM participant WHERE municipality = $1 AND exit IS NULL ORDER BY id LIMIT $2',
    },
    body: (i) => ({
      languages: ['arabisk', 'engelsk'],
      education: `Grunnskole, ${(i % 9) + 1} år`,
      hasUpperSecondary: i % 3 === 0,
      workExperience: 'Butikk',
      otherCompetence: '',
      interpreterUsed: i % 2 === 0,
      // Not yesterday: a mapping may not lie before the settlement, and the seed settles some persons today.
      mappedOn: osloDay(),
    }),
  },
  {
    department: 'refugee health',
    what: 'records an arrival checklist item as offered or done',
    role: 'health-worker',
    service: 'health-service',
    method: 'PATCH',
    path: /^\/api\/refugee-health\/arrival-checklist-items\/\{[^}]+\}$/,
    targets: { database: 'ankomst_health', sql: 'SELECT id FROM checklist_item WHERE municipality = $1 ORDER BY id LIMIT $2' },
    body: (i) => ({ status: i % 2 === 0 ? 'offered' : 'done', referral: 'none', note: null }),
  },
  {
    department: 'volunteering',
    what: 'a volunteer signs up on the public form',
    role: undefined,
    service: 'volunteering-service',
    method: 'POST',
    path: /^\/api\/public\/volunteering\/\{[^}]+\}\/sign-ups$/,
    targets: undefined,
    body: (i, run) => ({
      role: 'refugee-guide',
      name: `Benk Frivillig ${i}`,
      email: `bench-${run}-${i}@example.org`,
      birthDate: '1985-04-02',
      languages: ['norsk', 'arabisk'],
      availability: ['weekend'],
      area: 'Sentrum',
      motivation: 'Vil hjelpe nye naboer til rette.',
      privacyConsent: true,
      website: '',
      fillSeconds: 40,
    }),
  },
];

/**
 * Sends `count` commands at `rate` per second, each on its own schedule (open loop), and
 * waits for every answer.
 * @param {{ rate: number, count: number, send: (i: number) => Promise<{ status: number, text?: string }> }} options
 */
export async function sendAtRate({ rate, count, send }) {
  /** @type {{ status: number, ms: number, text?: string }[]} */
  const answers = [];
  /** @type {string[]} */
  const errors = [];
  const startedAt = performance.now();
  /** @type {Promise<void>[]} */
  const inFlight = [];
  for (let i = 0; i < count; i++) {
    const due = startedAt + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await delay(wait);
    const sentAt = performance.now();
    inFlight.push(
      send(i).then(
        // The body only of a refusal: it names the field and rule the bench got wrong.
        ({ status, text }) => void answers.push({ status, ms: performance.now() - sentAt, ...(status >= 300 ? { text } : {}) }),
        (/** @type {unknown} */ error) => void errors.push(error instanceof Error ? error.message : String(error)),
      ),
    );
  }
  const sentSeconds = (performance.now() - startedAt) / 1000;
  await Promise.all(inFlight);
  return { answers, errors, achievedRate: Math.round(count / sentSeconds) };
}

/**
 * @param {{ status: number, ms: number, text?: string }[]} answers
 * @param {string[]} errors
 */
export function summariseAnswers(answers, errors) {
  /** @type {Record<string, number>} */
  const statuses = {};
  for (const { status } of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  const ok = answers.filter((a) => a.status >= 200 && a.status < 300);
  const shed = answers.filter((a) => a.status === 503 || a.status === 429);
  const refusal = answers.find((a) => a.status >= 300 && a.status !== 503 && a.status !== 429);
  return {
    answered: ok.length,
    shed: shed.length,
    failed: answers.length - ok.length - shed.length + errors.length,
    statuses,
    ...lagStats(ok.map((a) => a.ms)),
    ...(errors.length ? { firstError: errors[0] } : {}),
    ...(refusal?.text ? { firstRefusal: `${refusal.status} ${refusal.text.slice(0, 300)}` } : {}),
  };
}

/** @param {BenchContext} ctx */
export async function departmentCommandsPhase(ctx) {
  await ctx.ensureStack();
  await waitForReadModelBacklog(ctx);
  const routes = await openApiRoutes(ctx.baseUrl);
  const { lagRates, lagSeconds } = ctx.config;
  // The housing command's goal rate (event lag at 200/s), for the same number of seconds.
  const rate = Math.min(...lagRates);
  const count = rate * lagSeconds;
  const run = Date.now().toString(36);
  /** @type {Record<string, unknown>} */
  const results = {};
  for (const command of departmentCommands) {
    const route = findRoute(routes, command.method, [command.path], `${command.department}'s main command`);
    const token = command.role ? await ctx.login(command.role) : undefined;
    const municipality = (token ? municipalityOf(tokenClaims(token)) : undefined) ?? ctx.config.municipalities[0];
    const param = route.path.match(/\{(\w+)\}/)?.[1];
    /** @type {string[]} */
    let targets = [];
    if (command.targets) {
      const { rows } = await ctx.db(command.targets.database).query(command.targets.sql, [municipality, count]);
      targets = rows.map((row) => String(row.id));
      if (!targets.length)
        throw new PhaseError(`${command.department}: no records to act on in ${command.targets.database} for ${municipality}`);
    }
    /** @param {number} i */
    const pathOf = (i) =>
      param ? fillPath(route.path, { [param]: command.targets ? targets[i % targets.length] : municipality }) : route.path;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    /** @type {Record<string, string>} */
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    /** @param {number} i */
    const send = (i) => request(agent, `${ctx.baseUrl}${pathOf(i)}`, { method: command.method, headers, body: command.body(i, run) });
    try {
      const first = await send(0);
      if (first.status < 200 || first.status >= 300)
        throw new PhaseError(`${command.department}: ${command.method} ${route.path} answered ${first.status} ${first.text.slice(0, 300)}`);
      ctx.log(
        `${command.department} (${command.what}): ${command.method} ${route.path} as ${command.role ?? 'the public'}, ${rate}/s for ${lagSeconds} s${command.targets ? ` over ${targets.length} records` : ''}`,
      );
      // Every app by name: the case overview projects what the command announced.
      const cpu = machineCpuMeter(() => Object.fromEntries((ctx.stack?.apps ?? []).map((app) => [app, ctx.stack?.pidOf(app)])));
      const { answers, errors, achievedRate } = await sendAtRate({ rate, count, send: (i) => send(i + 1) });
      // Whatever the command set off after its answer (events, projections) counts too.
      await delay(2_000);
      const summary = summariseAnswers(answers, errors);
      const cpuMsPerCommand = cpu.perRequest(Math.max(1, summary.answered));
      ctx.log(
        `  ${summary.answered} of ${count} answered (${JSON.stringify(summary.statuses)}), p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms; CPU ms per command ${JSON.stringify(cpuMsPerCommand)}`,
      );
      if (summary.firstRefusal) ctx.log(`  first refusal: ${summary.firstRefusal}`);
      results[command.department] = {
        route: `${command.method} ${route.path}`,
        what: command.what,
        role: command.role ?? 'public',
        rate,
        achievedRate,
        sent: count,
        targets: command.targets ? targets.length : undefined,
        ...summary,
        cpuMsPerCommand,
      };
    } finally {
      agent.destroy();
    }
  }
  return results;
}
