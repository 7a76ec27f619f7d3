#!/usr/bin/env node
// `npm start`: builds what is out of date, finds (or starts) Postgres and NATS, starts every
// service and the gateway, waits for GET /api/health to be green and prints the URL. Ctrl-C /
// SIGTERM stops the children, then the Postgres/NATS this run started.
// Logs: in development one readable line per event, coloured by service, with each service's
// JSON kept in .data/logs/<app>.log; in production the JSON lines as they are, on stdout.
// DATABASE_NAME_PREFIX (the portal's browser tests) swaps `ankomst` in every database name.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { build, serverApps } from '../build/build.mjs';
import { ensureInfra, InfraError, workspaceRoot } from './infra.mjs';
import { readableLogLine } from './log-lines.mjs';

const port = Number(process.env.PORT ?? 8080);
const healthUrl = `http://127.0.0.1:${port}/api/health`;
const startupTimeoutMs = Number(process.env.STARTUP_TIMEOUT_MS ?? 120_000);
const stopTimeoutMs = 10_000;
const color = process.stdout.isTTY && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0';
const paint = (/** @type {string} */ code, /** @type {string} */ text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const production = process.env.NODE_ENV === 'production';
const logDir = path.resolve(workspaceRoot, process.env.LOG_DIR ?? '.data/logs');
const databasePrefix = process.env.DATABASE_NAME_PREFIX;

const steps = ['Build', 'Postgres and NATS', 'Services', 'Gateway', 'Health', 'Demo data'];
let stepStartedAt = 0;
/** @param {number} index */
function step(index) {
  stepStartedAt = Date.now();
  console.log(paint('1', `\n[${index + 1}/${steps.length}] ${steps[index]}`));
}
const info = (/** @type {string} */ message) => console.log(`      ${message}`);
const done = (message = 'done') =>
  console.log(`      ${paint('32', '✔')} ${message} (${((Date.now() - stepStartedAt) / 1000).toFixed(1)} s)`);

/**
 * The service registry from the build (so it is never stale): apps in order, and databases.
 * @returns {{ apps: string[], databases: Record<string, string | undefined> }}
 */
function registry() {
  const built = path.join(workspaceRoot, 'dist/libs/contracts/src/platform/services.js');
  /** @type {{ serviceList: { app: string, database: string }[], gatewayDatabase: string }} */
  const { serviceList, gatewayDatabase } = createRequire(import.meta.url)(built);
  return {
    apps: serviceList.map((service) => service.app),
    databases: Object.fromEntries([...serviceList.map((service) => [service.app, service.database]), ['gateway', gatewayDatabase]]),
  };
}

/**
 * The database an app uses: its own, or the test run's copy of it (`DATABASE_NAME_PREFIX`).
 * @param {string} app
 */
function databaseEnv(app) {
  if (!databasePrefix) return {};
  const name = registry().databases[app];
  if (!name) throw new Error(`${app} has no database in libs/contracts/src/platform/services.ts`);
  return { DATABASE_NAME: name.replace(/^ankomst/, databasePrefix) };
}

/** Registry services first (in order), then any other server app, the gateway last. */
function appsToStart() {
  const onDisk = serverApps();
  const registered = registry().apps;
  for (const app of registered.filter((name) => !onDisk.includes(name))) {
    info(paint('33', `${app} is in the service registry but apps/${app}/src/main.ts does not exist yet: skipped`));
  }
  const services = [
    ...registered.filter((name) => onDisk.includes(name)),
    ...onDisk.filter((name) => !registered.includes(name) && name !== 'gateway'),
  ];
  return { services, gateway: onDisk.includes('gateway') ? 'gateway' : undefined };
}

// ---------------------------------------------------------------- children

/** @type {{ app: string, child: import('node:child_process').ChildProcess, exited: boolean }[]} */
const children = [];
let shuttingDown = false;
const palette = ['36', '35', '34', '33', '32', '96', '95', '94'];

/**
 * @param {string} app
 * @param {NodeJS.ProcessEnv} env
 * @param {number} labelWidth
 */
function startApp(app, env, labelWidth) {
  const main = path.join(workspaceRoot, 'dist/apps', app, 'src/main.js');
  if (!fs.existsSync(main)) throw new Error(`${path.relative(workspaceRoot, main)} is missing after the build`);
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: workspaceRoot,
    env: { ...env, ...databaseEnv(app) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const label = paint(palette[children.length % palette.length], app.padEnd(labelWidth));
  const file = production ? undefined : fs.createWriteStream(path.join(logDir, `${app}.log`), { flags: 'a' });
  const forward = (/** @type {import('node:stream').Readable} */ stream, /** @type {NodeJS.WriteStream} */ target) =>
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (!file) {
        // production: no log file, the JSON lines as they are
        target.write(`${line}\n`);
        return;
      }
      file.write(`${line}\n`);
      const readable = readableLogLine(line, { label, paint });
      if (readable !== undefined) target.write(`${readable}\n`);
    });
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  const entry = { app, child, exited: false };
  child.on('exit', (code, signal) => {
    entry.exited = true;
    if (shuttingDown) return;
    console.error(paint('31', `\n${app} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything`));
    void shutdown(1);
  });
  children.push(entry);
  return entry;
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 * @returns {Promise<boolean>}
 */
function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([
    new Promise((resolve) => child.once('exit', () => resolve(true))),
    new Promise((resolve) => setTimeout(() => resolve(false), ms)),
  ]);
}

/** @param {NodeJS.Signals} [signal] */
async function stopChildren(signal = 'SIGTERM') {
  // Gateway first (stop taking requests), then the services, all in parallel.
  const running = [...children].reverse().filter((entry) => !entry.exited);
  for (const { child } of running) child.kill(signal);
  await Promise.all(
    running.map(async ({ app, child }) => {
      if (await waitForExit(child, stopTimeoutMs)) return;
      console.error(`${app} did not stop within ${stopTimeoutMs / 1000} s: killing it`);
      child.kill('SIGKILL');
      await waitForExit(child, 2_000);
    }),
  );
}

/** @type {import('./infra.mjs').Infra | undefined} */
let infra;
/** @type {Promise<void> | undefined} */
let shutdownPromise;
/**
 * @param {number} code
 * @returns {Promise<void>}
 */
function shutdown(code) {
  shutdownPromise ??= (async () => {
    shuttingDown = true;
    console.log('\nStopping Ankomst...');
    await stopChildren();
    if (infra) await infra.stop();
    console.log(`Stopped${infra?.started.length ? ` (also ${infra.started.join(' and ')})` : ''}.`);
    process.exit(code);
  })();
  return shutdownPromise;
}

let signalCount = 0;
for (const [signal, code] of /** @type {const} */ ([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
])) {
  process.on(signal, () => {
    signalCount += 1;
    if (signalCount === 1) {
      void shutdown(code);
      return;
    }
    // A second Ctrl-C: do not wait any longer.
    console.log('\nForce stop');
    for (const { child } of children) child.kill('SIGKILL');
    void infra?.stop().finally(() => process.exit(code));
  });
}

// ---------------------------------------------------------------- health

/**
 * @param {number} candidate
 * @returns {Promise<boolean>}
 */
function isPortFree(candidate) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port: candidate, host: '0.0.0.0', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

async function readHealth() {
  try {
    const response = await fetch(healthUrl, { signal: AbortSignal.timeout(3_000) });
    return { status: response.status, body: await response.text() };
  } catch (caught) {
    // fetch rejects with a TypeError whose cause names the network error (ECONNREFUSED…),
    // or with the timeout's DOMException.
    const error = /** @type {Error & { cause?: { code?: string } }} */ (caught);
    return { status: 0, body: error.cause?.code ?? error.message };
  }
}

async function waitForHealth() {
  const deadline = Date.now() + startupTimeoutMs;
  let lastReport = 0;
  let last;
  while (Date.now() < deadline && !shuttingDown) {
    last = await readHealth();
    if (last.status === 200) return last;
    if (Date.now() - lastReport > 5_000) {
      lastReport = Date.now();
      const seconds = Math.round((Date.now() - stepStartedAt) / 1000);
      info(`waiting for ${healthUrl} (${seconds} s): ${last.status || ''} ${last.body.slice(0, 300)}`.trimEnd());
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `GET ${healthUrl} was not green within ${startupTimeoutMs / 1000} s; last answer: ${last?.status ?? '-'} ${last?.body ?? ''}`,
  );
}

// ---------------------------------------------------------------- demo data

/**
 * A small synthetic demo set (invented names, valid-checksum D-numbers) on an empty housing
 * database, through the housing service's own import command. Development only; a
 * municipality that already has households is left alone. SEED_DEMO=false skips it.
 * @param {NodeJS.ProcessEnv} env
 */
async function seedDemoData(env) {
  if (env.NODE_ENV === 'production' || env.SEED_DEMO === 'false') {
    done('skipped (production or SEED_DEMO=false)');
    return;
  }
  try {
    const { seedDemo } = await import('../seed/seed.mjs');
    // env carries infra.env, and ensureInfra() (with NATS, as here) always sets NATS_URL.
    const result = await seedDemo({
      natsUrl: /** @type {string} */ (env.NATS_URL),
      persons: 300,
      municipalities: ['1103', '3201'],
      introduction: true,
    });
    const persons = result.seeded.reduce((sum, m) => sum + m.persons, 0);
    done(persons ? `${persons} demo persons in ${result.seeded.map((m) => m.municipality).join(', ')}` : 'already has data');
  } catch (error) {
    // The platform runs without demo data; say why there is none.
    info(paint('33', `demo data not seeded: ${error instanceof Error ? error.message : error}`));
  }
}

// ---------------------------------------------------------------- main

async function main() {
  console.log(paint('1', 'Starting Ankomst'));

  step(0);
  if (process.env.ANKOMST_SKIP_BUILD === '1') {
    done('skipped (ANKOMST_SKIP_BUILD=1: built beforehand)');
  } else {
    done(await build({ portalOptional: true, log: info }));
  }
  if (!production) {
    fs.mkdirSync(logDir, { recursive: true });
    info(`logs: ${path.relative(workspaceRoot, logDir)}/<service>.log (JSON)`);
  }

  step(1);
  infra = await ensureInfra({ log: info });
  done();

  const { services, gateway } = appsToStart();
  const labelWidth = Math.max(8, ...services.map((app) => app.length), (gateway ?? '').length);
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    ...infra.env,
  };

  step(2);
  if (services.length === 0) info('no services found under apps/');
  for (const app of services) {
    const { child } = startApp(app, env, labelWidth);
    info(`${app} (pid ${child.pid})`);
  }
  done(`${services.length} started`);

  step(3);
  if (!gateway) throw new Error('apps/gateway/src/main.ts does not exist yet: nothing serves HTTP');
  if (!(await isPortFree(port))) {
    throw new Error(`port ${port} is already in use: stop what uses it or run with PORT=<another port>`);
  }
  const { child } = startApp(gateway, { ...env, PORT: String(port) }, labelWidth);
  done(`gateway (pid ${child.pid}) on port ${port}`);

  step(4);
  const health = await waitForHealth();
  done(`${healthUrl} is green`);
  if (process.env.LAUNCHER_VERBOSE) info(health.body);

  step(5);
  await seedDemoData(env);

  console.log(paint('1;32', `\nAnkomst is running: http://localhost:${port}/`));
  console.log(`Health: http://localhost:${port}/api/health · Ctrl-C stops everything.\n`);
}

main().catch(async (error) => {
  // Already stopping because a process exited: that message was printed, this one is noise.
  if (shuttingDown) return shutdownPromise;
  console.error(paint('31', `\n${error instanceof InfraError ? error.message : (error.stack ?? error)}`));
  await shutdown(1);
});
