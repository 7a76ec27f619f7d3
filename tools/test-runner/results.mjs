// Reads the result files the Nx tasks of `npm test` wrote (or Nx restored from its cache) and
// turns them into counted lines. A task whose result file is missing counts as one failure:
// a test that vanished must not pass silently.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../launcher/infra.mjs';

/** @typedef {{ name: string, passed: number, failed: number, skipped: number, notes: string[] }} Result */

/** @param {string} target @returns {string[]} */
function projectsWith(target) {
  const result = spawnSync(path.join(workspaceRoot, 'node_modules/.bin/nx'), ['show', 'projects', '--with-target', target, '--json'], {
    cwd: workspaceRoot,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  try {
    return JSON.parse(result.stdout).sort();
  } catch {
    return [];
  }
}

/** @param {string} file @returns {any} */
function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A Jest `--json` report, or the `{ passed, failed, skipped }` of the other runners.
 * @param {string} name
 * @param {any} report
 * @returns {Result}
 */
export function countReport(name, report) {
  if (report === undefined) return { name, passed: 0, failed: 1, skipped: 0, notes: ['no result: the task did not run to the end'] };
  if (!('numTotalTests' in report)) {
    return { name, passed: report.passed ?? 0, failed: report.failed ?? 0, skipped: report.skipped ?? 0, notes: report.failures ?? [] };
  }
  /** @type {string[]} */
  const notes = [];
  for (const file of report.testResults ?? []) {
    const relative = path.relative(workspaceRoot, file.name);
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') notes.push(`${relative} › ${test.fullName}`);
    }
    // A file that could not run (syntax error, failing import...) has no failed assertions.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((/** @type {any} */ t) => t.status === 'failed')) {
      notes.push(`${relative}: suite failed to run: ${(file.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)}`);
    }
  }
  let failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  if (report.numTotalTests === 0) {
    failed += 1;
    notes.push('no tests found');
  } else if (!report.success && failed === 0) {
    failed = 1;
    notes.push('jest reported failure though no test failed');
  }
  return { name, passed: report.numPassedTests, failed, skipped: report.numPendingTests + (report.numTodoTests ?? 0), notes };
}

/**
 * @param {string} dir tmp/test-results
 * @param {{ checks: boolean, test: boolean, e2e: boolean, projects?: string[] }} stages
 *   `projects`: the run was narrowed to these (`npm test -- --projects=...`); the others' results are not expected
 * @returns {Result[]}
 */
export function readResults(dir, stages) {
  /** @type {Result[]} */
  const results = [];
  const ran = (/** @type {string} */ project) => !stages.projects?.length || stages.projects.includes(project);
  if (stages.checks) {
    if (ran('workspace'))
      for (const part of ['server', 'portal', 'tools'])
        results.push(countReport(`typecheck ${part}`, readJson(path.join(dir, 'typecheck', `${part}.json`))));
    for (const project of projectsWith('lint').filter(ran))
      results.push(countReport(`lint ${project}`, readJson(path.join(dir, 'lint', `${project}.json`))));
  }
  if (stages.test) {
    for (const project of projectsWith('test').filter(ran))
      results.push(countReport(`test ${project}`, readJson(path.join(dir, 'test', `${project}.json`))));
  }
  if (stages.e2e) results.push(countReport('e2e portal (Chromium)', readJson(path.join(dir, 'e2e', 'portal.json'))));
  return results;
}
