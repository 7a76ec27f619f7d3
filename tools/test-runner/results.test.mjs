import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countReport } from './results.mjs';

const jestReport = (/** @type {Record<string, unknown>} */ overrides) => ({
  numTotalTests: 3,
  numPassedTests: 3,
  numFailedTests: 0,
  numRuntimeErrorTestSuites: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  success: true,
  testResults: [],
  ...overrides,
});

test('a green Jest report counts its tests', () => {
  const sut = countReport('test contracts', jestReport({}));
  assert.deepEqual(sut, { name: 'test contracts', passed: 3, failed: 0, skipped: 0, notes: [] });
});

test('a missing result file is a failure, not nothing', () => {
  const sut = countReport('lint gateway', undefined);
  assert.equal(sut.failed, 1);
  assert.match(sut.notes[0], /did not run/);
});

test('a project whose tests vanished fails', () => {
  const sut = countReport('test seed', jestReport({ numTotalTests: 0, numPassedTests: 0, success: false }));
  assert.equal(sut.failed, 1);
  assert.deepEqual(sut.notes, ['no tests found']);
});

test('a suite that failed to run counts, with its reason; failed tests are named', () => {
  const sut = countReport(
    'test gateway',
    jestReport({
      numPassedTests: 1,
      numFailedTests: 1,
      numRuntimeErrorTestSuites: 1,
      success: false,
      testResults: [
        { name: `${process.cwd()}/a.spec.ts`, status: 'failed', message: 'Cannot find module x', assertionResults: [] },
        { name: `${process.cwd()}/b.spec.ts`, status: 'failed', assertionResults: [{ status: 'failed', fullName: 'b works' }] },
      ],
    }),
  );
  assert.equal(sut.failed, 2);
  assert.equal(sut.passed, 1);
  assert.deepEqual(sut.notes, ['a.spec.ts: suite failed to run: Cannot find module x', 'b.spec.ts › b works']);
});

test('Jest failing with every test green (an open handle, a teardown error) is a failure', () => {
  const sut = countReport('test testing', jestReport({ success: false }));
  assert.equal(sut.failed, 1);
});

test('the plain results of the other runners are taken as they are', () => {
  const sut = countReport('e2e portal', { passed: 20, failed: 1, failures: ['login page'] });
  assert.deepEqual(sut, { name: 'e2e portal', passed: 20, failed: 1, skipped: 0, notes: ['login page'] });
});
