// Closed-loop HTTP load with autocannon: fixed connections and duration, every request to a
// path picked at random (so the database does not answer one cached row), after a short
// warm-up that is not counted (JIT, connection pools, Postgres buffers).
import autocannon from 'autocannon';
import { cpuMeter } from './process-cpu.mjs';
import { PhaseError } from './processes.mjs';

/** @param {number} value */
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * @param {{ url: string, connections: number, durationSeconds: number, headers?: Record<string,string>,
 *   nextPath: () => string }} options
 * @returns {Promise<autocannon.Result>}
 */
function runOnce({ url, connections, durationSeconds, headers, nextPath }) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        headers,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

/**
 * `processes` (name -> pid): their CPU over the measured window is reported per request.
 * @param {{ url: string, connections: number, durationSeconds: number, warmupSeconds: number,
 *   headers?: Record<string,string>, nextPath: () => string, label: string, processes?: Record<string, number | undefined> }} options
 */
export async function measure({ warmupSeconds, label, processes = {}, ...options }) {
  if (warmupSeconds > 0) await runOnce({ ...options, durationSeconds: warmupSeconds });
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const cpu = cpuMeter(processes);
  const result = await runOnce(options);
  const toUs = Number(process.hrtime.bigint() / 1000n);
  const total = result.requests.total || 0;
  const failed = result.non2xx + result.errors + result.timeouts;
  if (total === 0) throw new PhaseError(`${label}: no request completed (errors ${result.errors}, timeouts ${result.timeouts})`);
  if (failed > total * 0.01) {
    throw new PhaseError(
      `${label}: ${failed} of ${total} requests failed (non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}); ` +
        `status codes: ${JSON.stringify(statusCounts(result))}`,
    );
  }
  return {
    reqPerSec: round(result.requests.average, 0),
    p50Ms: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    maxMs: round(result.latency.max),
    requests: total,
    failed,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    ...(Object.keys(processes).length ? { cpuMsPerRequest: cpu.perRequest(total) } : {}),
    window: { fromUs, toUs },
  };
}

/** @param {autocannon.Result} result */
function statusCounts(result) {
  return Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats.count]));
}
