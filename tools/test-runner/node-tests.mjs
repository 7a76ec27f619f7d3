#!/usr/bin/env node
// The `test` target of the workspace project: the tools' own node:test suites
// (tools/**/*.test.mjs: the bench's statistics, the launcher's log lines, ...), counted into
// tmp/test-results/test/workspace.json for `npm test`'s summary.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultFile = path.join(workspaceRoot, 'tmp/test-results/test/workspace.json');

const files = fs
  .readdirSync(path.join(workspaceRoot, 'tools'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.test.mjs') && !file.includes('node_modules'))
  .map((file) => path.join('tools', file))
  .sort();
if (!files.length) {
  console.error('no tools/**/*.test.mjs found: the tools have lost their tests');
  process.exit(1);
}

const child = spawn(process.execPath, ['--test', '--test-reporter=tap', ...files], {
  cwd: workspaceRoot,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
child.stdout.on('data', (chunk) => {
  output += chunk;
  process.stdout.write(chunk);
});
child.on('close', (code) => {
  const count = (/** @type {string} */ label) => Number(output.match(new RegExp(`^# ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
  const failed = count('fail') + count('cancelled') + (code !== 0 && count('fail') === 0 ? 1 : 0);
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.writeFileSync(resultFile, `${JSON.stringify({ passed: count('pass'), failed, skipped: count('skipped') + count('todo'), files })}\n`);
  process.exit(failed ? 1 : 0);
});
