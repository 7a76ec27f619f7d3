// One test run's leftovers, found and removed. Every process a test spawns leaves a pid file in
// the run's folder (libs/testing/src/test-run.ts) and every database it creates is named
// `test_<tag>...`; a test file that crashed before its afterAll leaves both behind, and this
// takes them away: at the end of each Jest process (global teardown) and at the end of `npm test`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A run folder and tag nested in the parent run's, when there is one (`npm test` sets it),
 * so the parent's sweep covers every Jest process it ran.
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ dir: string, tag: string }}
 */
export function newTestRun(env = process.env) {
  const parentDir = env.ANKOMST_TEST_RUN_DIR;
  const tag = `${env.ANKOMST_TEST_RUN_TAG ?? ''}${randomBytes(3).toString('hex')}`;
  const dir = parentDir ? path.join(parentDir, tag) : fs.mkdtempSync(path.join(os.tmpdir(), `ankomst-test-${tag}-`));
  fs.mkdirSync(dir, { recursive: true });
  return { dir, tag };
}

/** @param {number} pid */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Kills every recorded process still alive under `dir` (pid files at any depth).
 * @param {string} dir
 * @returns {number} how many were still running
 */
export function killLeftoverProcesses(dir) {
  let killed = 0;
  if (!fs.existsSync(dir)) return killed;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || path.basename(entry.parentPath ?? '') !== 'pids') continue;
    const pid = Number(entry.name);
    if (!Number.isInteger(pid) || pid <= 1 || !alive(pid)) continue;
    try {
      process.kill(pid, 'SIGKILL');
      killed += 1;
    } catch {
      // Gone between the check and the kill.
    }
  }
  return killed;
}

/**
 * Drops the databases named `test_<tag>...`.
 * @param {string} serverUrl
 * @param {string} tag
 * @returns {Promise<string[]>} the names dropped
 */
export async function dropLeftoverDatabases(serverUrl, tag) {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`test\\_${tag}%`]);
    /** @type {string[]} */
    const names = rows.map((row) => row.datname);
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    return names;
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Both of the above, then the folder itself.
 * @param {{ dir: string, tag: string, databaseUrl?: string }} run
 */
export async function sweepTestRun({ dir, tag, databaseUrl }) {
  const processes = killLeftoverProcesses(dir);
  const databases = databaseUrl ? await dropLeftoverDatabases(databaseUrl, tag) : [];
  fs.rmSync(dir, { recursive: true, force: true });
  return { processes, databases };
}
