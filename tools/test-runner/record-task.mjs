#!/usr/bin/env node
// Runs one check (lint, typecheck) and writes its result as a small JSON file, the Nx
// target's output: `npm test` counts it, and Nx restores it from the cache on a re-run.
//   node tools/test-runner/record-task.mjs <result.json> -- <command> [args...]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const separator = process.argv.indexOf('--');
const resultFile = process.argv[2];
const [command, ...args] = separator > 0 ? process.argv.slice(separator + 1) : [];
if (!resultFile || !command) {
  console.error('usage: record-task.mjs <result.json> -- <command> [args...]');
  process.exit(2);
}

const startedAt = Date.now();
fs.rmSync(resultFile, { force: true });
// Local binaries (eslint, tsc) as in an npm script.
const env = { ...process.env, PATH: `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}` };
const child = spawn(command, args, { stdio: 'inherit', env });
child.on('error', (error) => console.error(`${command}: ${error.message}`));
child.on('close', (code, signal) => {
  const ok = code === 0;
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  const result = {
    command: [command, ...args].join(' '),
    passed: ok ? 1 : 0,
    failed: ok ? 0 : 1,
    seconds: (Date.now() - startedAt) / 1000,
  };
  fs.writeFileSync(resultFile, `${JSON.stringify(result)}\n`);
  process.exit(ok ? 0 : (code ?? (signal ? 1 : 1)));
});
