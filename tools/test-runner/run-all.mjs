#!/usr/bin/env node
// `npm test`: every check of the repo, through Nx, on any machine.
//   1. preflight: nats-server and Chromium are there (installed with apt-get when this runs as
//      root and they are not; otherwise one line says what to install, before anything starts);
//   2. Postgres found (or an embedded one started) like `npm start` does;
//   3. `nx run-many -t check test` (the workspace's typecheck and lint in one process, then unit,
//      integration and gateway e2e per project, plus the tools' node:test suites) and, side by
//      side with it, `nx run portal:e2e` (Chromium; see stage-plan.mjs);
//      unchanged projects come from the Nx cache;
//   4. whatever a test left behind (processes, `test_<tag>*` databases) is removed;
//   5. the line `N passed, N failed, N skipped`, summed from each task's result file.
// `npm test -- --only=test,e2e` runs some of the stages (checks, test, e2e);
// `npm test -- --projects=gateway,housing-service` narrows the checks and Jest tasks to those projects.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureInfra, findOnPath, InfraError, workspaceRoot } from '../launcher/infra.mjs';
import { newTestRun, sweepTestRun } from './test-run.mjs';
import { leftoverProcesses } from './leftovers.mjs';
import { readResults } from './results.mjs';
import { planStages } from './stage-plan.mjs';

const inCi = Boolean(process.env.CI);
const resultsDir = path.join(workspaceRoot, 'tmp/test-results');

const listArg = (/** @type {string} */ name) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg
    ? arg
        .slice(name.length + 3)
        .split(',')
        .filter(Boolean)
    : undefined;
};
const only = listArg('only');
const projects = listArg('projects');
const wanted = (/** @type {string} */ stage) => !only || only.includes(stage);

/** @type {NodeJS.ProcessEnv} */
const childEnv = {
  ...process.env,
  // No Nx daemon, cloud or terminal UI: plain, reproducible output in a log.
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  ...(inCi ? { FORCE_COLOR: '0', NO_COLOR: '1' } : {}),
};

const heading = (/** @type {string} */ text) => console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
const seconds = (/** @type {number} */ since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- preflight

const isRoot = process.getuid?.() === 0;

/**
 * A Debian package the tests need: found, or installed when we may, or said plainly.
 * @param {{ what: string, found: () => string | undefined, aptPackage: string, why: string }} need
 */
function ensureTool({ what, found, aptPackage, why }) {
  const existing = found();
  if (existing) return existing;
  if (isRoot && findOnPath('apt-get')) {
    console.log(`preflight: ${what} is missing (${why}); installing it: apt-get install ${aptPackage}`);
    const options = /** @type {const} */ ({ env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, encoding: 'utf8' });
    const update = spawnSync('apt-get', ['update', '-qq'], options);
    const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', aptPackage], options);
    const installed = found();
    if (update.status === 0 && install.status === 0 && installed) return installed;
    // apt's own words, only when it failed: a successful install is one line, not hundreds.
    console.log(`${update.stdout}${update.stderr}${install.stdout}${install.stderr}`.trim().split('\n').slice(-30).join('\n'));
  }
  throw new InfraError(
    `npm test needs ${what} (${why}) and cannot install it here: run \`sudo apt-get install ${aptPackage}\`, then npm test again.`,
  );
}

function preflight() {
  const chromium = ensureTool({
    what: 'Chromium',
    found: () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((file) => file && fs.existsSync(file)),
    aptPackage: 'chromium',
    why: "the portal's browser tests",
  });
  const natsServer = ensureTool({
    what: 'nats-server',
    found: () => process.env.NATS_SERVER_BIN ?? findOnPath('nats-server'),
    aptPackage: 'nats-server',
    why: 'every integration test starts its own',
  });
  console.log(`preflight: chromium ${chromium}, nats-server ${natsServer}`);
  return { CHROMIUM_PATH: chromium, NATS_SERVER_BIN: natsServer };
}

// ---------------------------------------------------------------- running Nx

/**
 * The Nx processes being run (each a process group of its own), so a signal can stop all of them.
 * @type {Set<import('node:child_process').ChildProcess>}
 */
const running = new Set();

/**
 * Runs `nx <args>` with its output streamed; resolves with its exit code.
 * @param {string[]} args
 * @param {number} timeoutMs
 * @returns {Promise<number>}
 */
function nx(args, timeoutMs) {
  console.log(`$ nx ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(path.join(workspaceRoot, 'node_modules/.bin/nx'), args, {
      cwd: workspaceRoot,
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    running.add(child);
    const timer = setTimeout(() => {
      console.log(`\nnx ${args.join(' ')}: stopped after ${timeoutMs / 60_000} minutes`);
      killGroup(child, 'SIGTERM');
      setTimeout(() => killGroup(child, 'SIGKILL'), 15_000).unref();
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      // Whatever a task started and left in the group goes with it.
      killGroup(child, 'SIGKILL');
      running.delete(child);
      resolve(code ?? 1);
    });
  });
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function killGroup(child, signal) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // the group is gone
  }
}

// ---------------------------------------------------------------- main

/** @type {Awaited<ReturnType<typeof ensureInfra>> | undefined} */
let infra;
/** @type {{ dir: string, tag: string } | undefined} */
let testRun;

async function cleanUp() {
  if (testRun) {
    const swept = await sweepTestRun({ ...testRun, databaseUrl: infra?.databaseUrl });
    const stray = leftoverProcesses(testRun.tag);
    if (swept.processes || swept.databases.length || stray.length) {
      console.log(
        `cleanup: stopped ${swept.processes + stray.length} leftover process(es)${stray.length ? ` (${stray.map((p) => p.command).join(', ')})` : ''}, dropped ${swept.databases.length} leftover database(s)`,
      );
    }
    testRun = undefined;
  }
  await infra?.stop();
  infra = undefined;
}

async function main() {
  const startedAt = Date.now();
  heading('preflight');
  Object.assign(childEnv, preflight());
  infra = await ensureInfra({ dataDir: path.join(workspaceRoot, '.data/test'), nats: false, log: (m) => console.log(m) });
  Object.assign(childEnv, infra.env);
  testRun = newTestRun(childEnv);
  Object.assign(childEnv, { ANKOMST_TEST_RUN_DIR: testRun.dir, ANKOMST_TEST_RUN_TAG: testRun.tag });
  fs.rmSync(resultsDir, { recursive: true, force: true });

  const common = ['--outputStyle=static'];
  /** @type {Record<string, number>} */
  const stageSeconds = {};
  /** @param {import('./stage-plan.mjs').Stage} stage */
  const run = async ({ name, args, timeoutMs }) => {
    const stageStart = Date.now();
    await nx([...args, ...common], timeoutMs);
    stageSeconds[name] = (Date.now() - stageStart) / 1000;
  };
  const plan = planStages({ checks: wanted('checks'), test: wanted('test'), e2e: wanted('e2e'), projects });
  for (const step of plan) {
    // Side by side, the Nx runs' lines interleave; each task's own output stays in one block.
    heading(step.map((s) => s.name).join(' | '));
    await Promise.all(step.map(run));
  }

  await cleanUp();

  heading('summary');
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const result of readResults(resultsDir, { checks: wanted('checks'), test: wanted('test'), e2e: wanted('e2e'), projects })) {
    total.passed += result.passed;
    total.failed += result.failed;
    total.skipped += result.skipped;
    const mark = result.failed ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${result.name.padEnd(34)} ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
    for (const note of result.notes.slice(0, 30)) console.log(`       - ${note}`);
  }
  console.log(
    `stages: ${Object.entries(stageSeconds)
      .map(([name, s]) => `${name} ${s.toFixed(0)} s`)
      .join(', ')}; took ${seconds(startedAt)}`,
  );
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

for (const [signal, code] of /** @type {const} */ ([
  ['SIGINT', 130],
  ['SIGTERM', 143],
])) {
  process.once(signal, () => {
    for (const child of running) killGroup(child, 'SIGTERM');
    void cleanUp().finally(() => process.exit(code));
  });
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(error instanceof InfraError ? error.message : (error?.stack ?? error));
    await cleanUp();
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
