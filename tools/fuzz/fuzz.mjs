#!/usr/bin/env node
// `npm run fuzz [-- --requests 10000 --seed 1]`: the long API fuzz. Boots the gateway, housing
// and case-overview services on fresh databases and a private nats-server (needs Postgres at
// DATABASE_URL and nats-server on PATH, like the tests), sends seeded edge-value requests to
// every OpenAPI operation as every demo role, prints the figures and exits 1 on any 5xx,
// dropped connection or half-written record. Same generator as the gateway's api-fuzz e2e test.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
process.env.SWC_NODE_PROJECT ??= path.join(here, '../../tsconfig.base.json');
require('@swc-node/register');

/** @type {{ runFuzzCli(args: string[]): Promise<number> }} */
const cli = require('./src/cli.ts');
cli
  .runFuzzCli(process.argv.slice(2))
  .then((/** @type {number} */ code) => process.exit(code))
  .catch((/** @type {unknown} */ error) => {
    process.stderr.write(`fuzz failed to run: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  });
