// Event lag: housing commands through the gateway at fixed rates (open loop), and for each
// the time until the change shows in the case view. Watching must not load the system under
// test in proportion to the changes (every case GET also writes a serialised audit entry):
//   1. one query every 2 ms (less often with a large backlog of changes) asks the case read
//      model (the rows the case endpoint reads) which watched persons have changed: that
//      moment is the change's visibility;
//   2. one change in `confirmEvery` is also read back through GET case (as coordination-member)
//      until the answer shows it, to prove the endpoint agrees and to report that lag too.
// The housing events are also watched on NATS, to split the lag into command → event
// published → visible.
import { connect, StringCodec } from 'nats';
import http from 'node:http';
import { fillPath, findRoute, municipalityOf, openApiRoutes, osloDay, tokenClaims } from '../api.mjs';
import { request, runLag } from '../lag.mjs';
import { machineCpuMeter } from '../process-cpu.mjs';
import { PhaseError } from '../processes.mjs';
import { caseRoutePatterns, readModelDatabase } from './reads.mjs';
import { waitForReadModelBacklog } from './seed.mjs';

/** @typedef {import('../context.mjs').BenchContext} BenchContext */
/** @typedef {import('../api.mjs').Route} Route */
/** @typedef {'settle' | 'rename'} CommandKind */
/** @typedef {{ person_id: string, household_id: string }} PersonRow */
/** @typedef {Awaited<ReturnType<typeof housingEventWatcher>>} EventWatcher */
/** @typedef {Awaited<ReturnType<typeof prepareCommands>>} PreparedCommands */

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The commands to send: settling a person (the domain's main change) when the gateway has
 * the route and there are enough unsettled persons, else renaming persons (repeatable).
 * @param {Route[]} routes
 */
function commandRoutes(routes) {
  const writes = routes.filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method));
  return {
    settle: writes.find((r) => /persons?\/\{[^}]+\}\/settle$/.test(r.path)),
    rename: writes.find((r) => ['PATCH', 'PUT'].includes(r.method) && /persons?\/\{[^}]+\}$/.test(r.path)),
  };
}

/**
 * Read-model poller: one query for every watched person, every `intervalMs`.
 * @param {BenchContext} ctx
 * @param {{ kind: CommandKind, onChanged: (personId: string, at: number) => void, intervalMs?: number }} options
 */
function readModelDetector(ctx, { kind, onChanged, intervalMs = 2 }) {
  /** @type {Map<string, unknown>} */
  const watched = new Map(); // personId -> expected value
  let running = true;
  const db = ctx.db(readModelDatabase);
  const loop = (async () => {
    while (running) {
      if (watched.size) {
        const ids = [...watched.keys()];
        const column = kind === 'settle' ? "to_char(settled_on, 'YYYY-MM-DD')" : 'given_name';
        const { rows } = await db.query(`SELECT person_id, ${column} AS value FROM read_model.person WHERE person_id = ANY($1::uuid[])`, [
          ids,
        ]);
        const at = performance.now();
        for (const row of rows) {
          if (watched.get(row.person_id) === row.value) {
            watched.delete(row.person_id);
            onChanged(row.person_id, at);
          }
        }
      }
      // Each poll looks up every watched person: with a backlog of thousands the 2 ms poll was
      // itself a large share of the database's work, slowing the system it measured. Poll less
      // often as the backlog grows (1 ms per 20 watched, at most 50 ms): still a fine resolution
      // for lags that large.
      await delay(Math.max(intervalMs, Math.min(50, Math.floor(watched.size / 20))));
    }
  })();
  return {
    watch: (/** @type {string} */ personId, /** @type {unknown} */ expected) => watched.set(personId, expected),
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/**
 * Housing events seen on NATS: the first time an event about each person was published.
 * @param {string} natsUrl
 */
async function housingEventWatcher(natsUrl) {
  const nc = await connect({ servers: natsUrl, name: 'ankomst-bench' });
  const codec = StringCodec();
  /** @type {Map<string, number>} personId -> performance.now() when first seen */
  const seen = new Map();
  const subscription = nc.subscribe('ankomst.housing.>');
  (async () => {
    for await (const message of subscription) {
      if (message.subject.includes('.rpc.')) continue;
      const at = performance.now();
      try {
        const envelope = JSON.parse(codec.decode(message.data));
        const personId = envelope.payload?.personId;
        if (personId && !seen.has(personId)) seen.set(personId, at);
      } catch {
        // not an envelope
      }
    }
  })().catch(() => undefined);
  return {
    publishedAt: (/** @type {string} */ personId) => seen.get(personId),
    reset: () => seen.clear(),
    close: () => nc.drain(),
  };
}

/**
 * Routes, tokens and `needed` persons to change (settled when possible, else renamed).
 * Shared with the profile phase, which drives the same path under the profiler.
 * @param {BenchContext} ctx
 * @param {number} needed
 */
export async function prepareCommands(ctx, needed) {
  await ctx.ensureStack();
  await waitForReadModelBacklog(ctx);
  const routes = await openApiRoutes(ctx.baseUrl);
  const commands = commandRoutes(routes);
  if (!commands.settle && !commands.rename) {
    findRoute(routes, 'POST', [/persons?\/\{[^}]+\}\/settle$/], 'housing command route (settle a person, or PATCH a person)');
  }
  const caseRoute = findRoute(routes, 'GET', caseRoutePatterns, 'case endpoint (GET case by household id)');
  const officerToken = await ctx.login('housing-officer');
  const readerToken = await ctx.login('coordination-member');
  const municipality = municipalityOf(tokenClaims(officerToken));
  const readerMunicipality = municipalityOf(tokenClaims(readerToken));
  if (municipality && readerMunicipality && municipality !== readerMunicipality) {
    throw new PhaseError(
      `housing-officer (${municipality}) and coordination-member (${readerMunicipality}) are in different municipalities: the change would not be visible`,
    );
  }
  /**
   * @param {boolean} unsettledOnly
   * @returns {Promise<PersonRow[]>}
   */
  const candidates = async (unsettledOnly) =>
    (
      await ctx.db(readModelDatabase).query(
        `SELECT person_id, household_id FROM read_model.person
          WHERE ($1::text IS NULL OR municipality = $1) AND (NOT $2 OR settled_on IS NULL)
          ORDER BY random() LIMIT $3`,
        [municipality ?? null, unsettledOnly, needed],
      )
    ).rows;
  /** @type {CommandKind} */
  let kind = commands.settle ? 'settle' : 'rename';
  let persons = await candidates(kind === 'settle');
  if (kind === 'settle' && persons.length < needed && commands.rename) {
    ctx.log(`only ${persons.length} unsettled persons in ${municipality} for ${needed} commands: renaming persons instead`);
    kind = 'rename';
    persons = await candidates(false);
  }
  if (persons.length < needed) {
    throw new PhaseError(
      `need ${needed} ${kind === 'settle' ? 'unsettled ' : ''}persons${municipality ? ` in ${municipality}` : ''} in the read model, found ${persons.length}: seed more`,
    );
  }
  const route = commands[kind];
  if (!route) throw new PhaseError(`the gateway has no ${kind} route`); // findRoute above threw when neither exists
  return { kind, route, caseRoute, officerToken, readerToken, persons };
}

/**
 * Sends `batch.length` commands at `rate` per second and measures each one's lag.
 * `events` (optional) watches the housing events on NATS.
 * @param {BenchContext} ctx
 * @param {PreparedCommands} prepared
 * @param {{ rate: number, batch: PersonRow[], events?: EventWatcher, label?: string }} options
 */
export async function runCommandsAt(ctx, prepared, { rate, batch, events, label = 'Bench' }) {
  const { kind, route, caseRoute, officerToken, readerToken } = prepared;
  const caseParam = caseRoute.path.match(/\{(\w+)\}/)?.[1];
  if (!caseParam) throw new PhaseError(`case endpoint GET ${caseRoute.path} has no {parameter} for the household id`);
  const commandParam = route.path.match(/\{(\w+)\}/)?.[1];
  // The settlement date is a calendar day in Europe/Oslo.
  const today = osloDay();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  /** @type {Map<string, import('../lag.mjs').LagRecord>} */
  const records = new Map();
  /** @type {Map<string, { householdId: string, value: string }>} */
  const expected = new Map();
  const confirmEvery = 20;
  // Step 2: confirm through the case endpoint, retrying every 5 ms until the answer shows it.
  /** @param {string} personId */
  const confirm = async (personId) => {
    const wanted = expected.get(personId);
    if (!wanted) return;
    const { householdId, value } = wanted;
    const url = `${ctx.baseUrl}${fillPath(caseRoute.path, { [caseParam]: householdId })}`;
    for (let attempt = 0; attempt < 2000; attempt++) {
      const { status, text } = await request(agent, url, { headers: { authorization: `Bearer ${readerToken}` } });
      const at = performance.now();
      if (status === 200) {
        /** @type {{ personId: string, givenName?: string, settlement?: { settledOn?: string } }[]} */
        const members = JSON.parse(text).members ?? [];
        const member = members.find((m) => m.personId === personId);
        const shown = kind === 'settle' ? member?.settlement?.settledOn : member?.givenName;
        const record = records.get(personId);
        if (shown === value && record) {
          record.endpointAt = at;
          return;
        }
      }
      await delay(5);
    }
  };
  const detector = readModelDetector(ctx, {
    kind,
    onChanged: (personId, at) => {
      const record = records.get(personId);
      if (!record) return;
      record.visibleAt = at;
      if (record.confirm) void confirm(personId).catch(() => undefined);
    },
  });
  events?.reset();
  try {
    const measured = await runLag({
      rate,
      seconds: batch.length / rate,
      baseUrl: ctx.baseUrl,
      token: officerToken,
      log: ctx.log,
      events,
      command: (i) => {
        const person = batch[i];
        const value = kind === 'settle' ? today : `${label}${rate}x${i}`;
        expected.set(person.person_id, { householdId: person.household_id, value });
        const path = commandParam ? fillPath(route.path, { [commandParam]: person.person_id }) : route.path;
        const body =
          kind === 'settle' ? { settledOn: today, ...(commandParam ? {} : { personId: person.person_id }) } : { givenName: value };
        return { method: route.method, path, body, key: person.person_id, check: value, confirm: i % confirmEvery === 0 };
      },
      detector: {
        watch: (personId, value, record) => {
          records.set(personId, record);
          detector.watch(personId, value);
        },
        stop: () => detector.stop(),
      },
    });
    return { ...measured, command: `${route.method} ${route.path}`, kind };
  } finally {
    agent.destroy();
  }
}

/** @param {BenchContext} ctx */
export async function eventLagPhase(ctx) {
  const { lagRates, lagSeconds } = ctx.config;
  const prepared = await prepareCommands(
    ctx,
    lagRates.reduce((sum, rate) => sum + rate * lagSeconds, 0),
  );
  ctx.log(
    `command: ${prepared.route.method} ${prepared.route.path} (${prepared.kind}) as housing-officer; visible: GET ${prepared.caseRoute.path} as coordination-member`,
  );
  const events = await housingEventWatcher(ctx.natsUrl);
  /** @type {Record<string, Awaited<ReturnType<typeof runCommandsAt>> & { cpuMsPerCommand: Record<string, number> }>} */
  const results = {};
  let next = 0;
  try {
    for (const rate of lagRates) {
      const batch = prepared.persons.slice(next, next + rate * lagSeconds);
      next += batch.length;
      ctx.log(`${rate} commands/s for ${lagSeconds} s`);
      const cpu = machineCpuMeter(() => ({
        // Every app by name: a housing command passes through three, the others consume its events.
        ...Object.fromEntries((ctx.stack?.apps ?? []).map((app) => [app, ctx.stack?.pidOf(app)])),
        // The watcher's queries on the read model are the bench's cost, not the case overview's.
        'postgres (bench queries)': ctx.benchBackendPids(),
      }));
      const measured = await runCommandsAt(ctx, prepared, { rate, batch, events });
      // Over the whole rate, its drain included: every command's work, whenever it ran, per
      // command let in (one turned away with a 503 costs the services nothing).
      const cpuMsPerCommand = cpu.perRequest(batch.length - measured.shed);
      ctx.log(`  CPU ms per command: ${JSON.stringify(cpuMsPerCommand)}`);
      results[String(rate)] = { ...measured, cpuMsPerCommand };
      // Let the system drain before the next rate.
      await delay(2_000);
    }
  } finally {
    await events.close().catch(() => undefined);
  }
  return results;
}
