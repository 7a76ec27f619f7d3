// Starting and stopping the processes under test: the launcher (for the start-up phase) and
// the bench's own runner, which starts every built service and the gateway with their output
// in log files (so the bench process, which also drives the load, relays no logs) and can
// start one of them under `node --cpu-prof`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { workspaceRoot } from '../launcher/infra.mjs';
import { benchDir } from './infra.mjs';

export const logDir = path.join(benchDir, 'logs');
/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class PhaseError extends Error {}

/** @param {unknown} error the message of a thrown Error, or the thrown value as text */
export function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** @param {unknown} error why a fetch() failed: the network error's code (ECONNREFUSED, …) or the message */
export function fetchFailure(error) {
  const cause = error instanceof Error ? /** @type {{ code?: string } | undefined} */ (error.cause) : undefined;
  return cause?.code ?? messageOf(error);
}

/** @param {string} name */
function openLog(name) {
  fs.mkdirSync(logDir, { recursive: true });
  return fs.openSync(path.join(logDir, `${name}.log`), 'a');
}

/**
 * The end of a process's log, plus its error lines from earlier (a stack's tail hides them).
 * @param {string} name
 */
export function tailOf(name, lines = 12) {
  try {
    const all = fs
      .readFileSync(path.join(logDir, `${name}.log`), 'utf8')
      .replace(/\x1b\[[0-9;]*m/g, '')
      .trimEnd()
      .split('\n');
    const tail = all.slice(-lines);
    const errors = all
      .slice(0, -lines)
      .filter((line) => /^\S*(Error|error)\b|ERROR|\[UNRESOLVED|Cannot /.test(line))
      .slice(-5);
    return [...(errors.length ? [...errors, '...'] : []), ...tail].join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} ms
 * @returns {Promise<boolean>} whether it exited within `ms`
 */
function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return Promise.race([new Promise((resolve) => child.once('exit', () => resolve(true))), delay(ms).then(() => false)]);
}

/**
 * Polls GET url until 200; rejects after timeoutMs or when `alive()` turns false.
 * @param {string} url
 * @param {{ timeoutMs?: number, intervalMs?: number, alive?: () => boolean }} [options]
 */
export async function waitForHealth(url, { timeoutMs = 120_000, intervalMs = 100, alive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!alive()) throw new PhaseError(`a process exited while waiting for ${url} (last answer: ${last})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      last = `${response.status} ${(await response.text()).slice(0, 300)}`;
      if (response.status === 200) return;
    } catch (error) {
      last = fetchFailure(error);
    }
    await delay(intervalMs);
  }
  throw new PhaseError(`${url} was not green within ${timeoutMs / 1000} s; last answer: ${last}`);
}

/** Server apps in the launcher's order: registry services first, then others, gateway last. */
export function builtApps() {
  const distApps = path.join(workspaceRoot, 'dist/apps');
  const onDisk = fs.existsSync(distApps)
    ? fs
        .readdirSync(distApps)
        .filter((app) => fs.existsSync(path.join(distApps, app, 'src/main.js')))
        .filter((app) => fs.existsSync(path.join(workspaceRoot, 'apps', app, 'src/main.ts')))
    : [];
  /** @type {string[]} */
  let registered = [];
  try {
    const require = createRequire(import.meta.url);
    /** @type {{ serviceList: { app: string }[] }} */
    const registry = require(path.join(workspaceRoot, 'dist/libs/contracts/src/platform/services.js'));
    registered = registry.serviceList.map((service) => service.app);
  } catch {
    // no registry built: alphabetical order is fine
  }
  const services = [
    ...registered.filter((app) => onDisk.includes(app)),
    ...onDisk.filter((app) => !registered.includes(app) && app !== 'gateway').sort(),
  ];
  if (!onDisk.includes('gateway')) throw new PhaseError('dist/apps/gateway/src/main.js is missing: run npm run build');
  return { services, gateway: 'gateway' };
}

/**
 * `npm start` as a user runs it (the launcher), timed from spawn to a green /api/health.
 * Returns { seconds, stop }.
 * @param {{ env: NodeJS.ProcessEnv, port: number, name?: string }} options
 */
export async function startLauncher({ env, port, name = 'launcher' }) {
  const out = openLog(name);
  const startedAt = performance.now();
  // Own process group, so a stuck stop can be finished with one kill of that group.
  const child = spawn(process.execPath, [path.join(workspaceRoot, 'tools/launcher/start.mjs')], {
    cwd: workspaceRoot,
    env: { ...env, PORT: String(port), NO_COLOR: '1' },
    stdio: ['ignore', out, out],
    detached: true,
  });
  fs.closeSync(out);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (await waitForExit(child, 20_000)) return;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    await waitForExit(child, 2_000);
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, {
      alive: () => child.exitCode === null && child.signalCode === null,
    });
  } catch (error) {
    await stop();
    throw new PhaseError(`${messageOf(error)}\n--- ${name}.log ---\n${tailOf(name)}`);
  }
  return { seconds: (performance.now() - startedAt) / 1000, stop, pid: child.pid };
}

/**
 * @typedef {object} Stack the services and gateway started by startStack()
 * @property {number} seconds from spawn to a green /api/health
 * @property {() => Promise<void>} stop
 * @property {string[]} apps
 * @property {(app: string) => number | undefined} pidOf
 */

/**
 * Every built service and the gateway, started directly with `node --enable-source-maps`
 * like the launcher does. `profile` names the apps to run under --cpu-prof; they write their
 * profile when they get SIGUSR2 (see cpu-prof-preload.cjs), before the others stop.
 * @param {{ env: NodeJS.ProcessEnv, port: number, profile?: string | string[], profileDir: string, tag?: string }} options
 * @returns {Promise<Stack>}
 */
export async function startStack({ env, port, profile = [], profileDir, tag = 'stack' }) {
  const { services, gateway } = builtApps();
  const profiled = new Set([profile].flat());
  /** @type {{ app: string, child: import('node:child_process').ChildProcess }[]} */
  const children = [];
  /** @param {string} app @param {Record<string, string>} [extraEnv] */
  const spawnApp = (app, extraEnv = {}) => {
    const args = ['--enable-source-maps'];
    if (profiled.has(app)) {
      fs.mkdirSync(profileDir, { recursive: true });
      args.push('--cpu-prof', `--cpu-prof-dir=${profileDir}`, '-r', path.join(import.meta.dirname, 'cpu-prof-preload.cjs'));
    }
    const out = openLog(`${tag}-${app}`);
    const child = spawn(process.execPath, [...args, path.join(workspaceRoot, 'dist/apps', app, 'src/main.js')], {
      cwd: workspaceRoot,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', out, out],
    });
    fs.closeSync(out);
    children.push({ app, child });
  };
  for (const app of services) spawnApp(app);
  spawnApp(gateway, { PORT: String(port) });

  const stop = async () => {
    // Profiled apps first, with the signal that makes them write their profile.
    await Promise.all(
      children
        .filter(({ app, child }) => profiled.has(app) && child.exitCode === null)
        .map(({ child }) => {
          child.kill('SIGUSR2');
          return waitForExit(child, 15_000);
        }),
    );
    const running = [...children].reverse().filter(({ child }) => child.exitCode === null && child.signalCode === null);
    for (const { child } of running) child.kill('SIGTERM');
    await Promise.all(
      running.map(async ({ child }) => {
        if (await waitForExit(child, 10_000)) return;
        child.kill('SIGKILL');
        await waitForExit(child, 2_000);
      }),
    );
  };
  const startedAt = performance.now();
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, {
      alive: () => children.every(({ child }) => child.exitCode === null && child.signalCode === null),
    });
  } catch (error) {
    const dead = children.filter(({ child }) => child.exitCode !== null || child.signalCode !== null);
    await stop();
    const logs = (dead.length ? dead : children.slice(-1))
      .map(({ app }) => `--- ${tag}-${app}.log ---\n${tailOf(`${tag}-${app}`)}`)
      .join('\n');
    throw new PhaseError(`${messageOf(error)}\n${logs}`);
  }
  return {
    seconds: (performance.now() - startedAt) / 1000,
    stop,
    apps: [...services, gateway],
    pidOf: (app) => children.find((c) => c.app === app)?.child.pid,
  };
}
