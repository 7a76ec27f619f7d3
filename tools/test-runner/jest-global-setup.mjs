// Jest global setup of every Node project (jest.preset.js): finds Postgres the way `npm start`
// does, or starts an embedded one, so `npx nx test <project>` works on its own; and opens this
// Jest process's test run (its folder and database tag) for the teardown to sweep.
import path from 'node:path';
import { ensureInfra, findOnPath, workspaceRoot } from '../launcher/infra.mjs';
import { newTestRun } from './test-run.mjs';

export default async function globalSetup() {
  const run = newTestRun();
  process.env.ANKOMST_TEST_RUN_DIR = run.dir;
  process.env.ANKOMST_TEST_RUN_TAG = run.tag;
  /** @type {string[]} */
  const said = [];
  // Quiet when everything is already there; printed when something had to be started.
  // A Postgres of this process's own when one must be started: two Jest processes side by side
  // (`nx run-many --parallel`) cannot share one embedded data folder.
  const dataDir = path.join(workspaceRoot, '.data/test', run.tag);
  const infra = await ensureInfra({ dataDir, nats: false, log: (m) => said.push(m) });
  if (infra.started.length) console.log(`\n${said.join('\n')}`);
  Object.assign(process.env, infra.env);
  const natsServer = process.env.NATS_SERVER_BIN ?? findOnPath('nats-server');
  if (!natsServer) throw new Error('nats-server is not installed: apt-get install nats-server (the integration tests start their own)');
  process.env.NATS_SERVER_BIN = natsServer;
  Reflect.set(globalThis, '__ankomstTestInfra', { infra, run });
}
