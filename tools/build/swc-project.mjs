#!/usr/bin/env node
// The `build` target of a server app or lib: compiles <projectRoot>/src with swc into
// dist/<projectRoot>/src (the path aliases of .swcrc become relative imports of dist/libs),
// so a service runs as `node dist/apps/<app>/src/main.js`. Nx caches the output.
//   node tools/build/swc-project.mjs apps/housing-service
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const testFile = /\.(spec|integration-spec|e2e-spec)\.tsx?$/;

const projectRoot = process.argv[2];
if (!projectRoot || !fs.existsSync(path.join(workspaceRoot, projectRoot, 'src'))) {
  console.error(`usage: swc-project.mjs <projectRoot with a src folder> (got ${projectRoot ?? 'nothing'})`);
  process.exit(2);
}

/** @param {string} dir */
function removeTestFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && testFile.test(entry.name)) fs.rmSync(path.join(entry.parentPath, entry.name));
  }
}

const out = path.join(workspaceRoot, 'dist', projectRoot);
// A clean folder: code deleted from src must not linger in dist.
fs.rmSync(out, { recursive: true, force: true });
const result = spawnSync(
  path.join(workspaceRoot, 'node_modules/.bin/swc'),
  [
    path.join(projectRoot, 'src'),
    '--out-dir',
    'dist',
    '--config-file',
    '.swcrc',
    '--copy-files',
    '--ignore',
    '**/*.spec.ts,**/*.integration-spec.ts,**/*.e2e-spec.ts',
    '--quiet',
  ],
  { cwd: workspaceRoot, stdio: 'inherit' },
);
if (result.status !== 0) process.exit(result.status ?? 1);
// --copy-files copies what swc skips, the ignored test files included: they are not build output.
removeTestFiles(out);
