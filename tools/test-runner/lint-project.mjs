#!/usr/bin/env node
// The `lint` target of a project: ESLint (type-aware rules, Nx module boundaries), then Prettier
// in check mode over the project's code, so the formatting `.prettierrc` sets is the one the
// repository has.
//   node tools/test-runner/lint-project.mjs <projectRoot>
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('usage: lint-project.mjs <projectRoot>');
  process.exit(2);
}
const bin = (/** @type {string} */ name) => path.resolve('node_modules/.bin', name);

const eslint = spawnSync(bin('eslint'), [projectRoot], { stdio: 'inherit' });
const prettier = spawnSync(bin('prettier'), ['--check', '--log-level', 'warn', `${projectRoot}/**/*.{ts,tsx,mjs,cjs,js}`], {
  stdio: 'inherit',
});
if (prettier.status !== 0) console.error(`${projectRoot}: not in Prettier's format; \`npx prettier --write ${projectRoot}\` fixes it`);
process.exit(eslint.status === 0 && prettier.status === 0 ? 0 : 1);
