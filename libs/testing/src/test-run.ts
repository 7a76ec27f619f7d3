import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What one test run started, so that its global teardown (and `npm test` itself) can clean up
 * after a test file that crashed before its own afterAll: every process a test spawns leaves a
 * pid file in the run's folder, and every database it creates carries the run's tag.
 * Both come from the Jest global setup (`tools/test-runner/jest-global-setup.mjs`).
 */
const runDir = () => process.env.ANKOMST_TEST_RUN_DIR;

/** A short tag that names this run's databases (`test_<tag>_...`); `adhoc` outside a run. */
export function testRunTag(): string {
  return (process.env.ANKOMST_TEST_RUN_TAG ?? 'adhoc').replace(/[^a-z0-9]/g, '');
}

/** Records a child process of a test; `forget` once it has been stopped. */
export function trackChild(pid: number | undefined): { forget(): void } {
  const dir = runDir();
  if (!dir || pid === undefined) return { forget: () => undefined };
  const file = path.join(dir, 'pids', String(pid));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${process.pid}\n`);
  return { forget: () => rmSync(file, { force: true }) };
}
