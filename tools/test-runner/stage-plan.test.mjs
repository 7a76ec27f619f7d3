import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planStages } from './stage-plan.mjs';

const names = (/** @type {ReturnType<typeof planStages>} */ plan) => plan.map((step) => step.map((stage) => stage.name));

test('the whole run: checks and Jest side by side with the browser tests, in one step', () => {
  const sut = planStages({ checks: true, test: true, e2e: true });
  assert.deepEqual(names(sut), [['check, test', 'portal e2e']]);
  assert.deepEqual(sut[0][0].args, ['run-many', '-t', 'check', 'test', '--parallel=3']);
  assert.deepEqual(sut[0][1].args, ['run', 'portal:e2e']);
});

test('without the browser tests: the one Nx run of the checks and Jest tasks', () => {
  const sut = planStages({ checks: true, test: true, e2e: false });
  assert.deepEqual(names(sut), [['check, test']]);
  assert.deepEqual(sut[0][0].args, ['run-many', '-t', 'check', 'test', '--parallel=3']);
});

test('no Nx run builds: the builds come with portal:e2e, so no two processes write dist/', () => {
  for (const plan of [planStages({ checks: true, test: true, e2e: true }), planStages({ checks: false, test: true, e2e: false })]) {
    for (const stage of plan.flat()) assert.ok(!stage.args.includes('build'), stage.args.join(' '));
  }
});

test('only the browser tests: one run of portal:e2e', () => {
  assert.deepEqual(names(planStages({ checks: false, test: false, e2e: true })), [['portal e2e']]);
});

test('--projects narrows the Jest run, never the browser tests', () => {
  const sut = planStages({ checks: false, test: true, e2e: true, projects: ['gateway', 'housing-service'] });
  assert.deepEqual(sut[0][0].args, ['run-many', '-t', 'test', '--parallel=3', '--projects', 'gateway,housing-service']);
  assert.deepEqual(sut[0][1].args, ['run', 'portal:e2e']);
});

test('nothing wanted, nothing run', () => {
  assert.deepEqual(planStages({ checks: false, test: false, e2e: false }), []);
});
