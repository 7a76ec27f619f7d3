// Jest global teardown: whatever a test file of this Jest process left running or created
// (it crashed before its afterAll, say) is removed, and the Postgres the setup started stops.
import fs from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../launcher/infra.mjs';
import { sweepTestRun } from './test-run.mjs';

export default async function globalTeardown() {
  const state = Reflect.get(globalThis, '__ankomstTestInfra');
  if (!state) return;
  const { processes, databases } = await sweepTestRun({ ...state.run, databaseUrl: state.infra.databaseUrl });
  if (processes || databases.length) {
    console.log(`\ntest teardown: stopped ${processes} leftover process(es), dropped ${databases.length} leftover database(s)`);
  }
  await state.infra.stop();
  // The embedded Postgres of this process, when the setup had to start one.
  fs.rmSync(path.join(workspaceRoot, '.data/test', state.run.tag), { recursive: true, force: true });
}
