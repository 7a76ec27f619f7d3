#!/usr/bin/env node
// `npm test`: every check of the repo in one go, on any machine. Finds (or starts) Postgres and
// NATS like `npm start`, then runs typecheck, lint, all Jest projects in one run and, if the
// portal has one, its browser e2e script. Typecheck and lint count as one test each. Ends with
// the line `N passed, N failed, N skipped`; exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureInfra, findOnPath, InfraError, workspaceRoot } from '../launcher/infra.mjs';

const inCi = Boolean(process.env.CI);
const resultsDir = path.join(workspaceRoot, 'tmp/test-results');
const minutes = (n) => n * 60_000;

const childEnv = {
  ...process.env,
  // No Nx daemon, cloud or terminal UI: plain, reproducible output in a log.
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
  NODE_ENV: 'test',
  ...(inCi ? { FORCE_COLOR: '0', NO_COLOR: '1' } : {}),
};

const bin = (name) => path.join(workspaceRoot, 'node_modules/.bin', name);

/** Runs a command; output is streamed live (`stream`) or kept for printing on failure. */
function run(command, args, { stream = false, timeoutMs, env = childEnv } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (target) => (chunk) => {
      output += chunk;
      if (stream) target.write(chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }, timeoutMs);
    child.on('error', (error) => {
      output += `\n${error.message}\n`;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) output += `\n(stopped after ${timeoutMs / 60_000} minutes)\n`;
      resolve({ code: code ?? 1, signal, output, timedOut });
    });
    current = child;
  });
}

/** The child being run, so a Ctrl-C of the runner also stops it. */
let current;

function printTail(output, lines = 200) {
  const all = output.trimEnd().split('\n');
  if (all.length > lines) console.log(`... (${all.length - lines} earlier lines not shown)`);
  console.log(all.slice(-lines).join('\n'));
}

const heading = (text) => console.log(`\n=== ${text} ${'='.repeat(Math.max(0, 70 - text.length))}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- stages

/** Each stage resolves to { name, passed, failed, skipped, notes[] }. */
async function commandStage(name, command, args, timeoutMs) {
  heading(name);
  console.log(`$ ${path.relative(workspaceRoot, command) || command} ${args.join(' ')}`);
  const startedAt = Date.now();
  const result = await run(command, args, { timeoutMs });
  const ok = result.code === 0 && !result.timedOut;
  if (!ok) printTail(result.output);
  console.log(`${name}: ${ok ? 'passed' : `FAILED (exit ${result.signal ?? result.code})`} in ${seconds(startedAt)}`);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, notes: [] };
}

function typecheckStages() {
  const stages = [() => commandStage('typecheck', bin('tsc'), ['-p', 'tsconfig.check.json', '--noEmit'], minutes(15))];
  // The portal (React, DOM types) is outside tsconfig.check.json and checks with its own config.
  const portalConfig = ['apps/portal/tsconfig.app.json', 'apps/portal/tsconfig.json'].find((file) =>
    fs.existsSync(path.join(workspaceRoot, file)),
  );
  if (portalConfig) {
    stages.push(() => commandStage('typecheck portal', bin('tsc'), ['-p', portalConfig, '--noEmit'], minutes(10)));
  }
  return stages;
}

async function lintStage() {
  // Through Nx, so @nx/enforce-module-boundaries has a fresh project graph.
  const stage = await commandStage(
    'lint',
    bin('nx'),
    ['run-many', '-t', 'lint', '--parallel=2', '--outputStyle=static'],
    minutes(25),
  );
  return stage;
}

async function jestStage() {
  heading('jest (all projects)');
  fs.mkdirSync(resultsDir, { recursive: true });
  const outputFile = path.join(resultsDir, 'jest.json');
  fs.rmSync(outputFile, { force: true });
  const args = ['-c', 'jest.config.js', '--ci', '--maxWorkers=2', '--forceExit', '--json', `--outputFile=${outputFile}`];
  console.log(`$ jest ${args.join(' ')}`);
  const startedAt = Date.now();
  const result = await run(bin('jest'), args, { stream: true, timeoutMs: minutes(40) });

  let report;
  try {
    report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    console.log(`jest: no result file (exit ${result.signal ?? result.code})`);
    return { name: 'jest', passed: 0, failed: 1, skipped: 0, notes: ['jest did not produce results'] };
  }
  const notes = [];
  for (const file of report.testResults ?? []) {
    const relative = path.relative(workspaceRoot, file.name);
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') notes.push(`${relative} › ${test.fullName}`);
    }
    // A file that could not run (syntax error, failing beforeAll import...) has no assertions.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      notes.push(`${relative}: suite failed to run: ${(file.message ?? '').trim().split('\n').slice(0, 3).join(' ').slice(0, 300)}`);
    }
  }
  const stage = {
    name: 'jest',
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    notes,
  };
  if ((result.code !== 0 || result.timedOut) && stage.failed === 0) {
    stage.failed = 1;
    stage.notes.push(`jest exited with ${result.timedOut ? 'a timeout' : `code ${result.code}`} though no test failed`);
  }
  console.log(
    `jest: ${stage.passed} passed, ${stage.failed} failed, ${stage.skipped} skipped ` +
      `in ${report.numTotalTestSuites} files (${seconds(startedAt)})`,
  );
  return stage;
}

/** The portal's browser tests, when its engineer has added apps/portal/e2e/run.mjs. */
async function e2eStage() {
  const script = ['apps/portal/e2e/run.mjs', 'apps/portal/e2e/run.js'].find((file) =>
    fs.existsSync(path.join(workspaceRoot, file)),
  );
  if (!script) return undefined;
  heading('portal e2e');
  console.log(`$ node ${script}`);
  const startedAt = Date.now();
  const result = await run(process.execPath, [script], { stream: true, timeoutMs: minutes(20) });
  const counts = [...result.output.matchAll(/(\d+) passed, (\d+) failed(?:, (\d+) skipped)?/g)].pop();
  const stage = { name: 'portal e2e', passed: 0, failed: 0, skipped: 0, notes: [] };
  if (counts) {
    stage.passed = Number(counts[1]);
    stage.failed = Number(counts[2]);
    stage.skipped = Number(counts[3] ?? 0);
  }
  if (!counts || ((result.code !== 0 || result.timedOut) && stage.failed === 0)) {
    stage.failed += 1;
    stage.notes.push(`${script} exited ${result.timedOut ? 'on timeout' : `with code ${result.code}`}${counts ? '' : ' without a "N passed, N failed" line'}`);
  }
  console.log(`portal e2e: ${stage.passed} passed, ${stage.failed} failed (${seconds(startedAt)})`);
  return stage;
}

// ---------------------------------------------------------------- main

let infra;
async function main() {
  const startedAt = Date.now();
  heading('infrastructure');
  infra = await ensureInfra({ dataDir: path.join(workspaceRoot, '.data/test'), log: (m) => console.log(m) });
  Object.assign(childEnv, infra.env);
  const natsServer = findOnPath('nats-server');
  // Test helpers that start a private nats-server find it even where /usr/sbin is not on PATH.
  if (natsServer && !childEnv.NATS_SERVER_BIN) childEnv.NATS_SERVER_BIN = natsServer;

  const stages = [];
  for (const stage of typecheckStages()) stages.push(await stage());
  stages.push(await lintStage());
  stages.push(await jestStage());
  const e2e = await e2eStage();
  if (e2e) stages.push(e2e);

  await infra.stop();
  infra = undefined;

  heading('summary');
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const stage of stages) {
    total.passed += stage.passed;
    total.failed += stage.failed;
    total.skipped += stage.skipped;
    const mark = stage.failed ? 'FAIL' : 'ok  ';
    console.log(`${mark} ${stage.name.padEnd(18)} ${stage.passed} passed, ${stage.failed} failed, ${stage.skipped} skipped`);
    for (const note of stage.notes.slice(0, 50)) console.log(`       - ${note}`);
    if (stage.notes.length > 50) console.log(`       - ... and ${stage.notes.length - 50} more`);
  }
  console.log(`took ${seconds(startedAt)}`);
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed === 0 ? 0 : 1;
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.once(signal, () => {
    current?.kill('SIGTERM');
    void (infra?.stop() ?? Promise.resolve()).finally(() => process.exit(code));
  });
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(error instanceof InfraError ? error.message : (error.stack ?? error));
    await infra?.stop();
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
