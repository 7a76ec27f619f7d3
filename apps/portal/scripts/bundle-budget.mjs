#!/usr/bin/env node
// First-load budget of the portal, measured as the browser receives it: the page, the entry
// chunk, every chunk index.html preloads (<script type="module">, modulepreload) and its
// stylesheets, fetched over HTTP from a running gateway with `Accept-Encoding: br, gzip`, each
// counted as the body bytes on the wire (compressed as served, no headers). Lazy route chunks do
// not count. The served files are precompressed at build, so the count is the same on every run.
//
//   node apps/portal/scripts/bundle-budget.mjs http://127.0.0.1:8080   # exits 1 above the budget
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** JavaScript the browser must download before the first page renders. */
export const scriptBudgetBytes = 250 * 1024;
/** Everything of the first load: page, scripts and stylesheets. */
export const firstLoadBudgetBytes = 300 * 1024;
const acceptEncoding = 'br, gzip';

/**
 * @typedef {{ url: string, kind: 'page' | 'script' | 'stylesheet', status: number, encoding: string,
 *   transferredBytes: number, cacheControl: string, body: Buffer }} Transfer
 */

/**
 * One GET as a browser sends it, the body as received (not decompressed).
 * @param {string} url
 * @param {Transfer['kind']} kind
 * @returns {Promise<Transfer>}
 */
function get(url, kind) {
  const client = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(url, { headers: { 'accept-encoding': acceptEncoding, accept: '*/*' } }, (response) => {
      /** @type {Buffer[]} */
      const parts = [];
      response.on('data', (part) => parts.push(part));
      response.on('error', reject);
      response.on('end', () => {
        const body = Buffer.concat(parts);
        resolve({
          url,
          kind,
          status: response.statusCode ?? 0,
          encoding: String(response.headers['content-encoding'] ?? 'identity'),
          transferredBytes: body.length,
          cacheControl: String(response.headers['cache-control'] ?? ''),
          body,
        });
      });
    });
    request.on('error', reject);
  });
}

/** @param {Transfer} transfer */
function decoded(transfer) {
  if (transfer.encoding === 'br') return zlib.brotliDecompressSync(transfer.body).toString('utf8');
  if (transfer.encoding === 'gzip') return zlib.gunzipSync(transfer.body).toString('utf8');
  return transfer.body.toString('utf8');
}

/**
 * What the first load of `pagePath` transfers from `baseUrl`.
 * @param {string} baseUrl
 * @param {string} [pagePath]
 */
export async function measureTransferred(baseUrl, pagePath = '/login') {
  const page = await get(new URL(pagePath, baseUrl).href, 'page');
  if (page.status !== 200) throw new Error(`${page.url} answered ${page.status}`);
  const html = decoded(page);
  /** @type {Array<[string, Transfer['kind']]>} */
  const linked = [
    ...[...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => /** @type {[string, 'script']} */ ([m[1], 'script'])),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map(
      (m) => /** @type {[string, 'script']} */ ([m[1], 'script']),
    ),
    ...[...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
      (m) => /** @type {[string, 'stylesheet']} */ ([m[1], 'stylesheet']),
    ),
  ];
  const unique = [...new Map(linked.map(([src, kind]) => [src, kind])).entries()];
  const resources = await Promise.all(unique.map(([src, kind]) => get(new URL(src, page.url).href, kind)));
  const failed = resources.filter((resource) => resource.status !== 200);
  if (failed.length) throw new Error(`not served: ${failed.map((f) => `${f.url} (${f.status})`).join(', ')}`);
  const transfers = [page, ...resources];
  const scriptBytes = resources.filter((r) => r.kind === 'script').reduce((sum, r) => sum + r.transferredBytes, 0);
  const totalBytes = transfers.reduce((sum, r) => sum + r.transferredBytes, 0);
  return {
    transfers,
    scriptBytes,
    totalBytes,
    withinBudget: scriptBytes <= scriptBudgetBytes && totalBytes <= firstLoadBudgetBytes,
  };
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {Awaited<ReturnType<typeof measureTransferred>>} measured */
export function describe(measured) {
  const lines = measured.transfers.map(
    (t) => `  ${new URL(t.url).pathname.padEnd(44)} ${t.encoding.padEnd(8)} ${kb(t.transferredBytes).padStart(10)}  ${t.cacheControl}`,
  );
  lines.push(
    `first load: ${kb(measured.scriptBytes)} of JavaScript (budget ${kb(scriptBudgetBytes)}), ${kb(measured.totalBytes)} in all (budget ${kb(firstLoadBudgetBytes)}) as transferred`,
  );
  return lines.join('\n');
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const baseUrl = process.argv[2];
  if (!baseUrl || !/^https?:\/\//.test(baseUrl)) {
    console.error('usage: node apps/portal/scripts/bundle-budget.mjs <base url of a running gateway, e.g. http://127.0.0.1:8080>');
    process.exit(2);
  }
  const measured = await measureTransferred(baseUrl);
  console.log(describe(measured));
  console.log(measured.withinBudget ? 'OK' : 'OVER BUDGET');
  process.exit(measured.withinBudget ? 0 : 1);
}
