#!/usr/bin/env node
// `npm run build` and the launcher's build step: `nx run-many -t build`, which compiles every
// server app and lib with swc into dist/ (tools/build/swc-project.mjs) and the portal with Vite,
// each from the Nx cache when its inputs are unchanged.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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

/**
 * Runs Nx; output is kept and shown only when it fails (or with `verbose`).
 * @param {string[]} args
 * @param {{ log: (message: string) => void, verbose?: boolean }} options
 * @returns {Promise<string>}
 */
function nx(args, { log, verbose = false }) {
  const env = {
    ...process.env,
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_NO_CLOUD: 'true',
    // Colour codes make a log file unreadable; keep them for a terminal only.
    ...(process.stdout.isTTY ? {} : { FORCE_COLOR: '0', NO_COLOR: '1' }),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(workspaceRoot, 'node_modules/.bin/nx'), args, {
      cwd: workspaceRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => {
      output += chunk;
      if (verbose) process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) {
        resolve(output);
        return;
      }
      const lines = output
        .replace(/\x1b\[[0-9;]*m/g, '')
        .trimEnd()
        .split('\n');
      if (lines.length > 150) log(`... (${lines.length - 150} earlier lines not shown)`);
      log(lines.slice(-150).join('\n'));
      reject(new Error(`nx ${args.join(' ')} exited with code ${code}`));
    });
  });
}

/**
 * Builds what is out of date and returns a one-line summary (`13 projects, 11 from cache`).
 * With `portalOptional`, a failing portal build is logged and the server apps still built
 * (`npm start` then serves the API).
 * @param {{ portalOptional?: boolean, log?: (message: string) => void, verbose?: boolean }} [options]
 */
export async function build({ portalOptional = false, log = console.log, verbose = false } = {}) {
  const args = ['run-many', '-t', 'build', '--outputStyle=static', '--parallel=2'];
  let output;
  try {
    output = await nx(args, { log, verbose });
  } catch (error) {
    if (!portalOptional) throw error;
    log(`build: PORTAL OR SERVER BUILD FAILED (${error instanceof Error ? error.message : error}); retrying without the portal`);
    output = await nx([...args, '--exclude=portal'], { log, verbose });
  }
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const projects = plain.match(/target build for (\d+) projects?/)?.[1];
  const cache = plain.match(/Cache:\s+(\d+)\/(\d+) hit/);
  return projects ? `${projects} projects${cache ? `, ${cache[1]} from cache` : ''}` : 'done';
}

const invokedDirectly = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (invokedDirectly) {
  build({ verbose: true }).then(
    (summary) => console.log(`build: ${summary}`),
    (error) => {
      console.error(`build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
