#!/usr/bin/env node
// `npm run seed -- --persons 1000 --municipalities 1103,3201`: synthetic demo households,
// persons, homes, requests and decisions, through the housing service's own commands over
// NATS (NATS_URL). Needs the housing service running (npm start). Fills empty municipalities only.
// `seedDemo(options)` is exported for the launcher.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** @returns {typeof import('./src/seed-demo.js')} */
function load() {
  // The seed is TypeScript that shares the contracts' validation; compile it on the fly.
  process.env.SWC_NODE_PROJECT ??= path.join(here, '../../tsconfig.base.json');
  require('@swc-node/register');
  return require('./src/seed-demo.ts');
}

/** @param {import('./src/seed-demo.js').SeedOptions} options */
export function seedDemo(options) {
  return load().seedDemo(options);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  load();
  /** @type {typeof import('./src/cli.js')} */ (require('./src/cli.ts'))
    .runSeedCli(process.argv.slice(2))
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(`Seed failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
