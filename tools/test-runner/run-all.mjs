#!/usr/bin/env node
// `npm test`: every check of the repo in one go, on any machine. Finds (or starts) Postgres and
// NATS like `npm start`, then runs typecheck, lint, all Jest projects in one run and, if the
// portal has one, its browser e2e script. Typecheck and lint count as one test each. Ends with
// the line `N passed, N failed, N skipped`; exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from '../build/build.mjs';
import { ensureInfra, findOnPath, InfraError, workspaceRoot } from '../launcher/infra.mjs';

const inCi = Boolean(process.env.CI);
const resultsDir = path.join(workspaceRoot, 'tmp/test-results');
const minutes = (n) => n * 60_000;

// `npm test -- --only=lint,jest` runs some stages (typecheck, lint, jest, tools, e2e); default all.
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : undefined;
const wanted = (stage) => !only || only.includes(stage);

const childEnv = {
  ...process.env,
  // No Nx daemon, cloud or terminal UI: plain, reproducible output in a log.
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
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

/** Test counts and failing test names from a Jest --json report. */
function readJestReport(outputFile) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    return undefined;
  }
  const notes = [];
  for (const file of report.testResults ?? []) {
    const relative = path.relative(workspaceRoot, file.name);
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') notes.push(`${relative} › ${test.fullName}`);
    }
    // A file that could not run (syntax error, failing import...) has no failed assertions.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      const reason = (file.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
      notes.push(`${relative}: suite failed to run: ${reason}`);
    }
  }
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
    files: report.numTotalTestSuites,
    notes,
  };
}

async function runJest(config, outputFile, extraArgs = []) {
  fs.rmSync(outputFile, { force: true });
  const args = ['-c', config, '--ci', '--maxWorkers=2', '--forceExit', '--passWithNoTests', '--json', `--outputFile=${outputFile}`, ...extraArgs];
  console.log(`$ jest ${args.join(' ')}`);
  const result = await run(bin('jest'), args, { stream: true, timeoutMs: minutes(40) });
  const counts = readJestReport(outputFile);
  if (!counts) return { result, counts };
  if ((result.code !== 0 || result.timedOut) && counts.failed === 0) {
    counts.failed = 1;
    counts.notes.push(`jest -c ${config} exited with ${result.timedOut ? 'a timeout' : `code ${result.code}`} though no test failed`);
  }
  return { result, counts };
}

/** The project folders the root jest.config.js lists. */
function jestProjects() {
  const { projects } = createRequire(import.meta.url)(path.join(workspaceRoot, 'jest.config.js'));
  return projects.map((project) => project.replace('<rootDir>/', ''));
}

/**
 * jest-circus takes the test timeout from the GLOBAL config only: in a run over several
 * projects each project's `testTimeout` (jest.preset.js) is ignored and 5 s applies, which
 * fails tests that start a process. Pass the preset's value for the whole run instead.
 */
function presetTestTimeout() {
  const preset = createRequire(import.meta.url)(path.join(workspaceRoot, 'jest.preset.js'));
  return preset.nodeProject?.(workspaceRoot).testTimeout ?? 30_000;
}

async function jestStage() {
  heading('jest (all projects)');
  fs.mkdirSync(resultsDir, { recursive: true });
  const startedAt = Date.now();
  const stage = { name: 'jest', passed: 0, failed: 0, skipped: 0, notes: [] };
  const add = (counts) => {
    stage.passed += counts.passed;
    stage.failed += counts.failed;
    stage.skipped += counts.skipped;
    stage.notes.push(...counts.notes);
  };

  const combined = await runJest('jest.config.js', path.join(resultsDir, 'jest.json'), [
    `--testTimeout=${presetTestTimeout()}`,
  ]);
  if (combined.counts) {
    add(combined.counts);
  } else {
    // Jest validates every project's config before running any: one broken config (a file
    // being written right now, say) would hide every other result. Run projects one by one.
    console.log(`\njest: the combined run gave no results (exit ${combined.result.code}); running each project on its own`);
    for (const project of jestProjects()) {
      const outputFile = path.join(resultsDir, `jest-${project.replace(/[/\\]/g, '_')}.json`);
      const { result, counts } = await runJest(`${project}/jest.config.js`, outputFile);
      if (counts) {
        add(counts);
      } else {
        stage.failed += 1;
        const firstLines = result.output.trim().split('\n').slice(0, 4).join(' ').replace(/\s+/g, ' ');
        stage.notes.push(`${project}: jest could not run this project: ${firstLines.slice(0, 300)}`);
      }
    }
  }
  console.log(`jest: ${stage.passed} passed, ${stage.failed} failed, ${stage.skipped} skipped (${seconds(startedAt)})`);
  return stage;
}

/** The tools' own unit tests (node:test), e.g. the bench's statistics and report. */
async function toolsStage() {
  const files = fs
    .readdirSync(path.join(workspaceRoot, 'tools'), { recursive: true })
    .filter((file) => String(file).endsWith('.test.mjs') && !String(file).includes('node_modules'))
    .map((file) => path.join('tools', String(file)));
  if (!files.length) return undefined;
  heading('tools (node --test)');
  const startedAt = Date.now();
  console.log(`$ node --test ${files.join(' ')}`);
  const result = await run(process.execPath, ['--test', '--test-reporter=tap', ...files], { timeoutMs: minutes(5) });
  const count = (label) => Number(result.output.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const stage = { name: 'tools', passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped'), notes: [] };
  if ((result.code !== 0 || result.timedOut) && stage.failed === 0) {
    stage.failed = 1;
    stage.notes.push(`node --test exited ${result.timedOut ? 'on timeout' : `with code ${result.code}`}`);
  }
  if (stage.failed) printTail(result.output);
  console.log(`tools: ${stage.passed} passed, ${stage.failed} failed (${seconds(startedAt)})`);
  return stage;
}

/** The portal's browser tests, when its engineer has added apps/portal/e2e/run.mjs. */
async function e2eStage() {
  const script = ['apps/portal/e2e/run.mjs', 'apps/portal/e2e/run.js'].find((file) =>
    fs.existsSync(path.join(workspaceRoot, file)),
  );
  if (!script) return undefined;
  heading('portal e2e');
  const startedAt = Date.now();
  // The browser tests need the built portal and apps; build what is out of date first.
  try {
    await build({ log: (message) => console.log(message) });
  } catch (error) {
    console.log(`portal e2e: build failed: ${error.message}`);
    return { name: 'portal e2e', passed: 0, failed: 1, skipped: 0, notes: [`npm run build failed: ${error.message}`] };
  }
  console.log(`$ node ${script}`);
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
  if (wanted('typecheck')) for (const stage of typecheckStages()) stages.push(await stage());
  if (wanted('lint')) stages.push(await lintStage());
  if (wanted('jest')) stages.push(await jestStage());
  const tools = wanted('tools') ? await toolsStage() : undefined;
  if (tools) stages.push(tools);
  const e2e = wanted('e2e') ? await e2eStage() : undefined;
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
