#!/usr/bin/env node
// Chaos check of the event backbone: a producer (outbox + relay) and a consumer (inbox)
// exchange CHAOS_EVENTS events while producer, consumer and a private nats-server are
// SIGKILLed and restarted at random. Afterwards every event must have arrived exactly once.
// Uses its own nats-server (free port, temp store) and its own databases; never touches
// the shared nats-server on 4222.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../launcher/free-port.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOTAL = Number(process.env.CHAOS_EVENTS ?? 2000);
// Killing goes on while events are being recorded, at least MIN and at most MAX seconds.
const CHAOS_MIN_MS = Number(process.env.CHAOS_MIN_SECONDS ?? 20) * 1000;
const CHAOS_MAX_MS = Number(process.env.CHAOS_MAX_SECONDS ?? 60) * 1000;
const DEADLINE_MS = Number(process.env.CHAOS_DEADLINE_SECONDS ?? 170) * 1000; // whole run
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** @param {number} n */
const letters = (n) => Array.from(randomBytes(n), (b) => String.fromCharCode(97 + (b % 26))).join('');
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** @param {number} min @param {number} max */
const between = (min, max) => min + Math.floor(Math.random() * (max - min));
/** @param {string} message */
const log = (message) => console.log(`chaos ${((Date.now() - started) / 1000).toFixed(1)}s: ${message}`);
const started = Date.now();

const suffix = letters(8);
const service = `chaos-${suffix}`;
const stream = `CHAOS_${suffix.toUpperCase()}`;
const producerDb = `chaos_producer_${suffix}`;
const consumerDb = `chaos_consumer_${suffix}`;
const workDir = mkdtempSync(path.join(os.tmpdir(), 'ankomst-chaos-'));

/** @param {string} database */
function dbUrl(database) {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * @template T
 * @param {string} database
 * @param {(client: pg.Client) => Promise<T>} work
 * @returns {Promise<T>}
 */
async function withClient(database, work) {
  const client = new pg.Client({ connectionString: dbUrl(database) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** @param {number} port */
async function waitForPort(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`port ${port} did not open`);
}

/** A child we can SIGKILL and start again; output goes to <workDir>/<name>.log. */
class Managed {
  /**
   * @param {string} name
   * @param {string} command
   * @param {string[]} args
   * @param {Record<string, string>} [env]
   */
  constructor(name, command, args, env = {}) {
    this.name = name;
    this.command = command;
    this.args = args;
    this.env = env;
    /** @type {import('node:child_process').ChildProcessByStdio<null, import('node:stream').Readable, import('node:stream').Readable> | undefined} */
    this.child = undefined;
    this.kills = 0;
    this.logFile = path.join(workDir, `${name}.log`);
    this.out = createWriteStream(this.logFile, { flags: 'a' });
  }

  start() {
    const child = spawn(this.command, this.args, {
      cwd: root,
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout.pipe(this.out, { end: false });
    child.stderr.pipe(this.out, { end: false });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      this.out.write(`--- ${this.name} exited (code ${code}, signal ${signal})\n`);
    });
  }

  get running() {
    return this.child !== undefined;
  }

  async kill() {
    const child = this.child;
    if (!child) return;
    this.kills++;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  tail(lines = 25) {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no output)';
    }
  }
}

/**
 * Compiles the TypeScript workers (and the library code they use) once with the repo's
 * .swcrc, so a restart after SIGKILL takes a plain `node` start, not a fresh transpile.
 */
function compileWorkers() {
  const out = path.join(workDir, 'build');
  const sources = ['tools/chaos', 'libs/platform/messaging/src/events', 'libs/contracts/src'];
  const ignore = '**/*.spec.ts,**/*.integration-spec.ts';
  const swc = path.join(root, 'node_modules/@swc/cli/bin/swc.js');
  execFileSync(process.execPath, [swc, ...sources, '-d', out, '--config-file', '.swcrc', '--ignore', ignore], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return out;
}

async function counts() {
  const [outbox] = await withClient(
    producerDb,
    async (c) =>
      (
        await c.query(
          `SELECT count(*)::int AS recorded, count(*) FILTER (WHERE status = 'pending')::int AS pending
           FROM outbox`,
        )
      ).rows,
  ).catch(() => [{ recorded: 0, pending: 0 }]);
  const [received] = await withClient(
    consumerDb,
    async (c) => (await c.query(`SELECT count(*)::int AS rows, count(DISTINCT event_id)::int AS distinct FROM chaos_received`)).rows,
  ).catch(() => [{ rows: 0, distinct: 0 }]);
  return { ...outbox, ...received };
}

async function main() {
  const build = compileWorkers();
  const port = await freePort();
  const natsUrl = `nats://127.0.0.1:${port}`;
  const nats = new Managed('nats-server', 'nats-server', [
    '-js',
    '-a',
    '127.0.0.1',
    '-p',
    String(port),
    '-sd',
    path.join(workDir, 'jetstream'),
  ]);
  for (const database of [producerDb, consumerDb]) {
    await withClient('postgres', (c) => c.query(`CREATE DATABASE "${database}"`));
  }
  /** @param {string} database */
  const workerEnv = (database) => ({
    NATS_URL: natsUrl,
    CHAOS_DATABASE_URL: dbUrl(database),
    CHAOS_SERVICE: service,
    CHAOS_STREAM: stream,
    CHAOS_TOTAL: String(TOTAL),
    NODE_PATH: path.join(root, 'node_modules'), // the compiled workers live outside the repo
  });
  /** @param {string} script */
  const node = (script) => [path.join(build, 'tools/chaos', script)];
  const producer = new Managed('producer', process.execPath, node('producer.js'), workerEnv(producerDb));
  const consumer = new Managed('consumer', process.execPath, node('consumer.js'), workerEnv(consumerDb));
  const all = [nats, producer, consumer];

  let result;
  try {
    nats.start();
    await waitForPort(port);
    producer.start();
    consumer.start();
    log(`nats-server on ${port}, store and logs in ${workDir}; ${TOTAL} events`);

    // Kill phase: one victim at a time, down for a moment, then back.
    const chaosStart = Date.now();
    for (;;) {
      const elapsed = Date.now() - chaosStart;
      if (elapsed > CHAOS_MAX_MS) break;
      if (elapsed > CHAOS_MIN_MS && (await counts()).recorded >= TOTAL) break;
      await sleep(between(1_000, 3_000));
      const victim = all[between(0, all.length)];
      await victim.kill();
      const down = between(200, 1_500);
      log(`SIGKILL ${victim.name}, down ${down} ms; ${JSON.stringify(await counts())}`);
      await sleep(down);
      victim.start();
      if (victim === nats) await waitForPort(port).catch(() => undefined);
    }

    // Settle: everything up, wait until all events are recorded, relayed and applied.
    for (const member of all) if (!member.running) member.start();
    log(`kills: ${all.map((m) => `${m.name}=${m.kills}`).join(' ')}; settling`);
    let last = await counts();
    while (Date.now() - started < DEADLINE_MS) {
      last = await counts();
      if (last.recorded === TOTAL && last.pending === 0 && last.distinct >= TOTAL) break;
      for (const member of all) if (!member.running) member.start(); // a worker that exited on its own
      await sleep(500);
    }
    await sleep(3_000); // late redeliveries would show up as duplicates now
    log(`settled: ${JSON.stringify(await counts())}`);
    result = await verify();
    return result;
  } finally {
    for (const member of [producer, consumer, nats]) await member.kill();
    if (!result || result.lost || result.duplicates || result.pending || result.sent !== TOTAL) {
      for (const member of all) console.log(`--- last lines of ${member.name}.log\n${member.tail()}`);
    }
    await cleanUp();
  }
}

async function verify() {
  const sent = await withClient(producerDb, async (c) => (await c.query(`SELECT id, status FROM outbox`)).rows);
  const received = await withClient(consumerDb, async (c) => (await c.query(`SELECT event_id FROM chaos_received`)).rows);
  const sentIds = new Set(sent.map((r) => r.id));
  const receivedIds = new Set(received.map((r) => r.event_id));
  const lost = [...sentIds].filter((id) => !receivedIds.has(id)).length;
  const strangers = [...receivedIds].filter((id) => !sentIds.has(id)).length;
  const pending = sent.filter((r) => r.status !== 'sent').length;
  if (sent.length !== TOTAL) log(`expected ${TOTAL} recorded events, found ${sent.length}`);
  if (pending) log(`${pending} events still pending in the outbox`);
  if (strangers) log(`${strangers} received events were never recorded`);
  return {
    sent: sent.length,
    received: received.length,
    duplicates: received.length - receivedIds.size + strangers,
    lost,
    pending,
  };
}

async function cleanUp() {
  for (const database of [producerDb, consumerDb]) {
    await withClient('postgres', (c) => c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)).catch((error) =>
      log(`could not drop ${database}: ${error.message}`),
    );
  }
  if (!process.env.CHAOS_KEEP) rmSync(workDir, { recursive: true, force: true });
}

main()
  .then((r) => {
    const ok = r.duplicates === 0 && r.lost === 0 && r.pending === 0 && r.sent === TOTAL;
    console.log(`chaos: sent=${r.sent} received=${r.received} duplicates=${r.duplicates} lost=${r.lost}`);
    process.exit(ok ? 0 : 1);
  })
  .catch((error) => {
    console.error(error);
    console.log(`chaos: sent=0 received=0 duplicates=0 lost=${TOTAL}`);
    process.exit(1);
  });
