#!/usr/bin/env node
// Initial JavaScript budget of the portal: the entry chunk plus every chunk the browser must load
// before the first page renders (Vite lists them as <script type="module"> and modulepreload links
// in index.html). Lazy route chunks do not count. Prints the sizes; exits 1 above the budget.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const budgetBytes = 250 * 1024;
const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const defaultDist = path.join(workspaceRoot, 'dist/apps/portal');

/** `[{file, bytes, gzipBytes}]` of the JS loaded up front by index.html. */
export function initialChunks(distDir = defaultDist) {
  const html = fs.readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]);
  return [...new Set(sources)].map((src) => {
    const file = path.join(distDir, src.replace(/^\//, ''));
    const content = fs.readFileSync(file);
    return { file: path.relative(distDir, file), bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
}

export function measure(distDir = defaultDist) {
  const chunks = initialChunks(distDir);
  const totalGzip = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  return { chunks, totalGzip, withinBudget: totalGzip <= budgetBytes };
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const distDir = process.argv[2] ? path.resolve(process.argv[2]) : defaultDist;
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    console.error(`no build at ${distDir}: run \`npx vite build apps/portal\` first`);
    process.exit(1);
  }
  const { chunks, totalGzip, withinBudget } = measure(distDir);
  for (const chunk of chunks)
    console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.bytes).padStart(10)}  gzip ${kb(chunk.gzipBytes).padStart(9)}`);
  console.log(`initial JS: ${kb(totalGzip)} gzip (budget ${kb(budgetBytes)}) ${withinBudget ? 'OK' : 'OVER BUDGET'}`);
  process.exit(withinBudget ? 0 : 1);
}
