#!/usr/bin/env node
// `npm run build`: compiles every server app and lib with swc into dist/ (so a service runs as
// `node dist/apps/<app>/src/main.js`), then the portal with Vite. Each part is skipped when its
// output is newer than every one of its sources, so `npm start` can call this on every run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = path.join(workspaceRoot, 'dist');
const serverStamp = path.join(distDir, '.server-build-stamp');
const portalDir = path.join(workspaceRoot, 'apps/portal');
const portalOut = path.join(distDir, 'apps/portal');
const portalStamp = path.join(portalOut, '.portal-build-stamp');

const testFile = /\.(spec|integration-spec|e2e-spec)\.tsx?$/;
const skippedDirs = new Set(['node_modules', 'dist', '.nx', 'coverage', 'e2e', 'test-results']);

/** Server apps: every folder of apps/ with a src/main.ts, except the portal (built by Vite). */
export function serverApps() {
  const appsDir = path.join(workspaceRoot, 'apps');
  if (!fs.existsSync(appsDir)) return [];
  return fs
    .readdirSync(appsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'portal')
    .filter((entry) => fs.existsSync(path.join(appsDir, entry.name, 'src/main.ts')))
    .map((entry) => entry.name)
    .sort();
}

/** Every `src` folder of a lib, however deep (libs/contracts/src, libs/platform/config/src). */
function libSourceDirs(dir = path.join(workspaceRoot, 'libs')) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || skippedDirs.has(entry.name)) return [];
    const child = path.join(dir, entry.name);
    return entry.name === 'src' ? [child] : libSourceDirs(child);
  });
}

function serverSourceDirs() {
  return [
    ...serverApps().map((app) => path.join(workspaceRoot, 'apps', app, 'src')),
    ...libSourceDirs(),
  ];
}

/** Newest modification time (ms) of the files under `paths`, tests excluded. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let stat;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      // A folder's own mtime changes when a file in it is added, deleted or renamed.
      newest = Math.max(newest, stat.mtimeMs);
      for (const entry of fs.readdirSync(p)) {
        if (!skippedDirs.has(entry)) visit(path.join(p, entry));
      }
    } else if (!testFile.test(p)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

function stampTime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function writeStamp(file, startedAt) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${new Date(startedAt).toISOString()}\n`);
  // The stamp carries the time the build STARTED, so a file saved during the build
  // still counts as newer than the output next time.
  fs.utimesSync(file, startedAt / 1000, startedAt / 1000);
}

function bin(name) {
  return path.join(workspaceRoot, 'node_modules/.bin', name);
}

function run(command, args, { log }) {
  // Colour codes make a log file unreadable; keep them for a terminal only.
  const env = process.stdout.isTTY ? process.env : { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve(output);
        return;
      }
      // Some tools (rolldown) colour their errors even with NO_COLOR; a log wants plain text.
      const plain = process.stdout.isTTY ? output : output.replace(/\x1b\[[0-9;]*m/g, '');
      const lines = plain.trimEnd().split('\n');
      if (lines.length > 150) log(`... (${lines.length - 150} earlier lines not shown)`);
      log(lines.slice(-150).join('\n'));
      reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with code ${code}`));
    });
  });
}

async function buildServer({ force, log }) {
  const sources = serverSourceDirs();
  if (sources.length === 0) {
    log('build: no apps or libs to compile yet');
    return false;
  }
  const inputs = [
    ...sources,
    path.join(workspaceRoot, '.swcrc'),
    path.join(workspaceRoot, 'tsconfig.base.json'),
  ];
  if (!force && stampTime(serverStamp) > newestMtime(inputs)) {
    log('build: apps and libs are up to date');
    return false;
  }
  const startedAt = Date.now();
  // Start from clean folders so code deleted from src does not linger in dist.
  for (const dir of sources) {
    fs.rmSync(path.join(distDir, path.relative(workspaceRoot, dir)), { recursive: true, force: true });
  }
  const relativeSources = sources.map((dir) => path.relative(workspaceRoot, dir));
  log(`build: compiling ${relativeSources.length} source folders with swc`);
  await run(
    bin('swc'),
    [
      ...relativeSources,
      '--out-dir',
      'dist',
      '--config-file',
      '.swcrc',
      '--copy-files',
      '--ignore',
      '**/*.spec.ts,**/*.integration-spec.ts,**/*.e2e-spec.ts',
      '--quiet',
    ],
    { log },
  );
  // --copy-files copies everything swc does not compile; test files are not build output.
  removeTestFiles(path.join(distDir, 'apps'));
  removeTestFiles(path.join(distDir, 'libs'));
  writeStamp(serverStamp, startedAt);
  log(`build: apps and libs compiled in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return true;
}

function removeTestFiles(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (p !== portalOut) removeTestFiles(p);
    } else if (testFile.test(entry.name)) {
      fs.rmSync(p);
    }
  }
}

function portalConfig() {
  if (!fs.existsSync(portalDir)) return undefined;
  return fs.readdirSync(portalDir).find((name) => /^vite\.config\.(m?[jt]s|cjs)$/.test(name));
}

async function buildPortal({ force, log }) {
  if (!portalConfig()) {
    log('build: no apps/portal/vite.config.* yet, portal skipped');
    return false;
  }
  const inputs = [
    portalDir,
    path.join(workspaceRoot, 'libs'),
    path.join(workspaceRoot, 'tsconfig.base.json'),
  ];
  if (!force && stampTime(portalStamp) > newestMtime(inputs)) {
    log('build: portal is up to date');
    return false;
  }
  const startedAt = Date.now();
  log('build: building the portal with vite');
  await run(bin('vite'), ['build', 'apps/portal'], { log });
  writeStamp(portalStamp, startedAt);
  log(`build: portal built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  return true;
}

/**
 * Builds what is out of date; returns the names of the parts it built. With
 * `portalOptional`, a failing portal build is logged and skipped instead of thrown
 * (`npm start` still serves the API then).
 */
export async function build({ force = false, portalOptional = false, log = console.log } = {}) {
  const built = [];
  if (await buildServer({ force, log })) built.push('server');
  try {
    if (await buildPortal({ force, log })) built.push('portal');
  } catch (error) {
    if (!portalOptional) throw error;
    log(`build: PORTAL BUILD FAILED (${error.message}); continuing without a fresh portal`);
  }
  return built;
}

const invokedDirectly = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  build({ force: process.argv.includes('--force') }).catch((error) => {
    console.error(`build failed: ${error.message}`);
    process.exit(1);
  });
}
