#!/usr/bin/env node
// The workspace's checks in one process: the TypeScript programs are built once, type-checked,
// and handed to ESLint for its type-aware rules (`parserOptions.programs`), then Prettier checks
// the formatting `.prettierrc` sets. Built separately, tsc and ESLint each parsed and checked the
// same three programs: 173 CPU-seconds against 87 for this (measured 2026-12-02, same results).
//   node tools/test-runner/check-workspace.mjs            typecheck and lint (`workspace:check`)
//   node tools/test-runner/check-workspace.mjs --typecheck   (`npm run typecheck`)
//   node tools/test-runner/check-workspace.mjs --lint        (`npm run lint`)
// Each part writes its result file under tmp/test-results/ (typecheck/<program>.json,
// lint/workspace.json): `npm test` counts them, and Nx restores them from its cache.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { scriptFiles } from './script-files.mjs';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(workspaceRoot);
const resultsDir = path.join(workspaceRoot, 'tmp/test-results');

const typecheckOnly = process.argv.includes('--typecheck');
const lintOnly = process.argv.includes('--lint');

// tools/boundaries writes short-lived fixture files into projects while this runs alongside it
// (same Nx run): a file listed and gone when read would crash ESLint. The programs leave them
// out too (their tsconfigs exclude them).
const fixtures = '**/*.boundaries-fixture.ts';

/** The programs of `workspace:typecheck`; ESLint takes its type information from the same ones. */
const programFiles = /** @type {const} */ ({
  server: 'tsconfig.check.json',
  portal: 'apps/portal/tsconfig.typecheck.json',
  tools: 'tsconfig.tools.json',
});

/**
 * @param {string} file result file under tmp/test-results
 * @param {string} command what was checked
 * @param {boolean} ok
 * @param {number} startedAt
 */
function writeResult(file, command, ok, startedAt) {
  const target = path.join(resultsDir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const result = { command, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - startedAt) / 1000 };
  fs.writeFileSync(target, `${JSON.stringify(result)}\n`);
}

/** @param {string} tsconfig */
function createProgram(tsconfig) {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    },
  });
  if (!parsed) throw new Error(`${tsconfig}: could not be read`);
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
}

/** @type {ts.FormatDiagnosticsHost} */
const formatHost = {
  getCanonicalFileName: (file) => file,
  getCurrentDirectory: () => workspaceRoot,
  getNewLine: () => '\n',
};

/**
 * Type-checks each program, as `tsc -p <tsconfig> --noEmit` does.
 * @param {Record<keyof typeof programFiles, ts.Program>} programs
 */
function typecheck(programs) {
  let ok = true;
  for (const [name, tsconfig] of Object.entries(programFiles)) {
    const startedAt = Date.now();
    const diagnostics = ts.getPreEmitDiagnostics(programs[/** @type {keyof typeof programFiles} */ (name)]);
    if (diagnostics.length) {
      ok = false;
      const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
      console.error(format(diagnostics, formatHost));
      console.error(`typecheck ${name} (${tsconfig}): ${diagnostics.length} error(s)`);
    }
    writeResult(`typecheck/${name}.json`, `typecheck ${tsconfig}`, !diagnostics.length, startedAt);
  }
  return ok;
}

/**
 * ESLint over the whole repository with the programs above, then Prettier in check mode.
 * @param {Record<keyof typeof programFiles, ts.Program>} programs
 * @param {number} startedAt
 */
async function lint(programs, startedAt) {
  const eslint = new ESLint({
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parserOptions: { project: false, programs: [programs.server, programs.portal] } },
      },
      { files: scriptFiles, languageOptions: { parserOptions: { project: false, programs: [programs.tools] } } },
    ],
    ignorePatterns: [fixtures],
  });
  const results = await eslint.lintFiles(['.']);
  const report = await (await eslint.loadFormatter('stylish')).format(results);
  if (report) console.log(report);
  const eslintOk = results.every((r) => r.errorCount === 0 && r.fatalErrorCount === 0);

  const code = ['apps', 'libs', 'tools'].map((dir) => `${dir}/**/*.{ts,tsx,mjs,cjs,js}`);
  const prettier = spawnSync(
    path.resolve('node_modules/.bin/prettier'),
    ['--check', '--log-level', 'warn', ...code, '*.{js,mjs,cjs}', `!${fixtures}`],
    {
      stdio: 'inherit',
    },
  );
  if (prettier.status !== 0) console.error("Not in Prettier's format: `npx prettier --write <file>` fixes it");
  const ok = eslintOk && prettier.status === 0;
  writeResult('lint/workspace.json', 'eslint (type-aware, shared programs) and prettier --check', ok, startedAt);
  return ok;
}

const startedAt = Date.now();
// A part that crashes leaves no result file, which counts as a failure; never an old pass.
if (!lintOnly) for (const name of Object.keys(programFiles)) fs.rmSync(path.join(resultsDir, 'typecheck', `${name}.json`), { force: true });
if (!typecheckOnly) fs.rmSync(path.join(resultsDir, 'lint/workspace.json'), { force: true });
const programs = /** @type {Record<keyof typeof programFiles, ts.Program>} */ (
  Object.fromEntries(Object.entries(programFiles).map(([name, tsconfig]) => [name, createProgram(tsconfig)]))
);
const typesOk = lintOnly ? true : typecheck(programs);
const lintOk = typecheckOnly ? true : await lint(programs, startedAt);
process.exit(typesOk && lintOk ? 0 : 1);
