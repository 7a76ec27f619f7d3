#!/usr/bin/env node
// The npm registry reachable here serves only this platform's builds of native packages
// (@swc/core-linux-x64-gnu, not -darwin-arm64, …). npm then writes a lock file that names
// those optional packages without entries, and `npm ci` refuses it as "out of sync".
// This drops optional dependencies that have no entry in the lock, so `npm ci` works.
// Run it after any `npm install` that changes package-lock.json: `npm run lock:prune`.
// `--dry-run` only counts what it would prune and leaves the file as it is.
import fs from 'node:fs';

const dryRun = process.argv.includes('--dry-run');

const file = new URL('../../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const present = new Set(Object.keys(lock.packages));

/**
 * Node's lookup: the package's own node_modules, then each parent's.
 * @param {string} fromKey a key of `packages`, e.g. `node_modules/a/node_modules/b` ('' is the root)
 * @param {string} name
 */
function resolves(fromKey, name) {
  let base = fromKey;
  for (;;) {
    if (present.has(`${base ? `${base}/` : ''}node_modules/${name}`)) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

let pruned = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    if (resolves(key, name)) continue;
    delete entry.optionalDependencies[name];
    pruned += 1;
  }
}
if (!dryRun) fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${dryRun ? 'would prune' : 'pruned'} ${pruned} optional dependencies this registry does not serve`);
