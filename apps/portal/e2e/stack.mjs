// Starts the whole Ankomst stack for the browser tests with the repo's own launcher
// (tools/launcher/start.mjs) as a child process on a free port, and stops it again.
// The stack is the test's own: its own nats-server, its own databases (`test_<tag>_e2e_*`,
// never the `ankomst_*` ones of `npm start`), all of it gone after `stop()` — and after a crash
// of this process too, since the launcher runs in a process group of its own that is killed
// on exit.
// If the gateway cannot serve the built portal itself, the gateway runs API-only and a small
// same-origin server here serves dist/apps/portal and forwards /api to it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInfra, findOnPath } from '../../../tools/launcher/infra.mjs';
import { dropLeftoverDatabases } from '../../../tools/test-runner/test-run.mjs';
import { freePort } from '../../../tools/launcher/free-port.mjs';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * What `startStack()` answers.
 * @typedef {object} Stack
 * @property {string} baseUrl where the browser opens the portal
 * @property {string} apiUrl where the gateway answers /api
 * @property {'gateway' | 'proxy'} mode
 * @property {string} [fallbackReason] in `proxy` mode: the lines that said why
 * @property {() => Promise<void>} stop
 */

/**
 * A launcher child process and what it printed so far.
 * @typedef {{ child: import('node:child_process').ChildProcessByStdio<null, import('node:stream').Readable, import('node:stream').Readable>, output: () => string }} Launcher
 */

/** @typedef {(chunk: Buffer | string) => void} Log */

/** @param {number} port */
async function healthy(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(3_000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

/** Process groups to kill if this process ends without `stop()` (an uncaught error, a signal). */
/** @type {Set<number>} */
const liveGroups = new Set();
process.once('exit', () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * @param {number} port
 * @param {Record<string, string>} extraEnv
 * @param {Log} [log]
 * @returns {Launcher}
 */
function startLauncher(port, extraEnv, log) {
  const child = spawn(process.execPath, [path.join(workspaceRoot, 'tools/launcher/start.mjs')], {
    cwd: workspaceRoot,
    env: { ...process.env, PORT: String(port), NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: the services it starts go down with it, whatever happens here.
    detached: true,
  });
  // No pid: spawning failed (the 'error' event says why), there is no group to kill.
  if (child.pid) liveGroups.add(child.pid);
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    output += chunk;
    if (output.length > 200_000) output = output.slice(-100_000);
    log?.(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return { child, output: () => output };
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

/**
 * @param {Launcher} launcher
 * @param {number} port
 * @param {number} timeoutMs
 */
async function waitForHealth(launcher, port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (launcher.child.exitCode !== null) return false;
    if (await healthy(port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return false;
}

/** @param {Launcher} launcher */
async function stopLauncher(launcher) {
  const { child } = launcher;
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 20_000))) child.kill('SIGKILL');
    await waitForExit(child, 5_000);
  }
  // Anything of its group still running (a service the launcher could not stop) goes too.
  try {
    // No pid: it never started, so there is no group (process.kill would throw for it too).
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // the group is empty
  }
  if (child.pid) liveGroups.delete(child.pid);
}

/** A nats-server with JetStream of this run's own, on a free port, its store in a temp folder. */
async function startOwnNats() {
  const binary = process.env.NATS_SERVER_BIN ?? findOnPath('nats-server');
  if (!binary) throw new Error('nats-server is not installed: apt-get install nats-server');
  const port = await freePort();
  const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ankomst-e2e-nats-'));
  const child = spawn(binary, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], { stdio: 'ignore', detached: true });
  if (child.pid) liveGroups.add(child.pid);
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${binary} did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 5_000))) child.kill('SIGKILL');
      }
      if (child.pid) liveGroups.delete(child.pid);
      fs.rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/**
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Postgres (found or embedded, as `npm start` does), a nats-server and database names of this
 * run's own; `release()` drops the databases and stops what was started.
 * @param {Log} log
 */
async function ownInfra(log) {
  const tag = `${process.env.ANKOMST_TEST_RUN_TAG ?? ''}${randomBytes(3).toString('hex')}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ankomst-e2e-pg-'));
  const postgres = await ensureInfra({ dataDir, nats: false, log });
  const nats = await startOwnNats();
  const logDir = path.join(workspaceRoot, 'tmp/test-results/e2e/logs');
  fs.mkdirSync(logDir, { recursive: true });
  return {
    env: {
      ...postgres.env,
      NATS_URL: nats.url,
      DATABASE_NAME_PREFIX: `test_${tag}_e2e`,
      LOG_DIR: logDir,
      // The Nx target depends on every app's build: the launcher need not build again.
      ANKOMST_SKIP_BUILD: process.env.ANKOMST_SKIP_BUILD ?? '1',
    },
    release: async () => {
      await nats.stop();
      await dropLeftoverDatabases(postgres.databaseUrl, `${tag}_e2e`);
      await postgres.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Serves the built portal (SPA fallback to index.html) and forwards /api to the gateway.
 * @param {number} gatewayPort
 * @param {string} portalDist
 * @returns {Promise<http.Server>}
 */
function portalServer(gatewayPort, portalDist) {
  /** @type {Record<string, string | undefined>} */
  const types = {
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.html': 'text/html',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.json': 'application/json',
  };
  const server = http.createServer((req, res) => {
    // An http.Server's request always has a url (only a client-side message lacks one).
    const url = /** @type {string} */ (req.url);
    if (url.startsWith('/api/')) {
      const upstream = http.request(
        { host: '127.0.0.1', port: gatewayPort, path: url, method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 'unavailable', message: 'gateway not reachable' }));
      });
      req.pipe(upstream);
      return;
    }
    const urlPath = decodeURIComponent(url.split('?')[0]);
    let file = path.join(portalDist, urlPath);
    if (!file.startsWith(portalDist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      file = path.join(portalDist, 'index.html');
    }
    // As the gateway serves it (apps/gateway/src/create-app.ts): the precompressed copy when the
    // browser takes brotli, hashed assets immutable, the page revalidated.
    const brotli = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && fs.existsSync(`${file}.br`);
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': /[\\/]assets[\\/]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
      ...(brotli ? { 'content-encoding': 'br' } : {}),
    });
    fs.createReadStream(brotli ? `${file}.br` : file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Returns `{ baseUrl, apiUrl, mode, stop() }` once GET /api/health is green.
 * `mode` is `gateway` (the gateway serves the portal) or `proxy` (API-only gateway + server here).
 * @param {{ portalDist: string, log?: Log, timeoutMs?: number }} options
 * @returns {Promise<Stack>}
 */
export async function startStack({ portalDist, log = () => undefined, timeoutMs = 240_000 }) {
  const infra = await ownInfra(log);
  try {
    return await startOnInfra({ portalDist, log, timeoutMs, infra });
  } catch (error) {
    await infra.release();
    throw error;
  }
}

/**
 * @param {{ portalDist: string, log: Log, timeoutMs: number, infra: Awaited<ReturnType<typeof ownInfra>> }} options
 * @returns {Promise<Stack>}
 */
async function startOnInfra({ portalDist, log, timeoutMs, infra }) {
  const port = await freePort();
  log(`starting the stack with tools/launcher/start.mjs on port ${port}`);
  // The gateway serves this run's own portal build: other people's builds of dist/apps/portal
  // on the same machine cannot swap files under the browser mid-test.
  let launcher = startLauncher(port, { ...infra.env, PORTAL_DIST: portalDist }, log);
  if (await waitForHealth(launcher, port, timeoutMs)) {
    if (await servesPortal(port)) {
      const stop = async () => {
        await stopLauncher(launcher);
        await infra.release();
      };
      return { baseUrl: `http://127.0.0.1:${port}`, apiUrl: `http://127.0.0.1:${port}`, mode: 'gateway', stop };
    }
  }
  const firstOutput = launcher.output();
  await stopLauncher(launcher);
  log('the gateway did not come up serving the portal; retrying API-only with a local portal server');
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ankomst-no-portal-'));
  const apiPort = await freePort();
  launcher = startLauncher(apiPort, { ...infra.env, PORTAL_DIST: emptyDir }, log);
  if (!(await waitForHealth(launcher, apiPort, timeoutMs))) {
    const output = launcher.output();
    await stopLauncher(launcher);
    throw new Error(
      `the stack did not become healthy.\n--- first attempt ---\n${firstOutput.slice(-4000)}\n--- API-only attempt ---\n${output.slice(-4000)}`,
    );
  }
  const server = await portalServer(apiPort, portalDist);
  const { port: portalPort } = /** @type {net.AddressInfo} */ (server.address());
  return {
    baseUrl: `http://127.0.0.1:${portalPort}`,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    mode: 'proxy',
    fallbackReason: firstOutput
      .split('\n')
      .filter((line) => /Cannot start|exited unexpectedly|Error/.test(line))
      .slice(0, 3)
      .join(' | '),
    stop: async () => {
      server.close();
      await stopLauncher(launcher);
      await infra.release();
      fs.rmSync(emptyDir, { recursive: true, force: true });
    },
  };
}

/** @param {number} port */
async function servesPortal(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/login`);
    return response.ok && (await response.text()).includes('id="root"');
  } catch {
    return false;
  }
}
