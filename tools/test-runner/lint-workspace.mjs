#!/usr/bin/env node
// `workspace:lint` (`npm run lint`): ESLint over the whole repository in one process (type-aware
// rules, the Nx module boundaries), then Prettier in check mode over all code, so the formatting
// `.prettierrc` sets is the one the repository has. One process instead of one per project:
// each ESLint process builds the TypeScript programs again (contracts in every one of them),
// which made per-project linting take twice as long on two cores.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = (/** @type {string} */ name) => path.resolve('node_modules/.bin', name);
const code = ['apps', 'libs', 'tools'].map((dir) => `${dir}/**/*.{ts,tsx,mjs,cjs,js}`);

// tools/boundaries writes short-lived fixture files into projects while this runs alongside it
// (same Nx run): a file listed by the glob and gone when read would crash ESLint.
const fixtures = '**/*.boundaries-fixture.ts';
const eslint = spawnSync(bin('eslint'), ['.', '--ignore-pattern', fixtures], { stdio: 'inherit' });
const prettier = spawnSync(bin('prettier'), ['--check', '--log-level', 'warn', ...code, '*.{js,mjs,cjs}', `!${fixtures}`], {
  stdio: 'inherit',
});
if (prettier.status !== 0) console.error("Not in Prettier's format: `npx prettier --write <file>` fixes it");
process.exit(eslint.status === 0 && prettier.status === 0 ? 0 : 1);
