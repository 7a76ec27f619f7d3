// Event lag: commands sent open-loop at a fixed rate (the schedule does not wait for answers,
// so a slow system cannot slow the test down and hide its own lag), then the time from
// sending each command until its change is visible in the case view.
import { setMaxListeners } from 'node:events';
import http from 'node:http';
import { PhaseError } from './processes.mjs';

/** @param {number} ms */
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One HTTP request on a keep-alive agent; resolves { status, text, retryAfter }.
 * @param {http.Agent} agent
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: unknown, signal?: AbortSignal }} [options]
 * @returns {Promise<{ status: number, text: string, retryAfter?: string }>}
 */
export function request(agent, url, { method = 'GET', headers = {}, body, signal } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      url,
      {
        method,
        agent,
        signal,
        headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}) },
      },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            retryAfter: /** @type {string | undefined} */ (res.headers['retry-after']),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout after 30 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * @param {number[]} sorted ascending
 * @param {number} p 0–100
 */
export function percentile(sorted, p) {
  if (!sorted.length) return undefined;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** @param {number | undefined} v */
const round = (v) => (v === undefined ? undefined : Math.round(v * 10) / 10);

/** @typedef {{ p50Ms?: number, p90Ms?: number, p99Ms?: number, maxMs?: number }} LagStats */

/**
 * @param {number[]} values
 * @returns {LagStats}
 */
export function lagStats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p90Ms: round(percentile(sorted, 90)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1]),
  };
}

/**
 * Growing lag: the median of the last third of the run (by send time) is more than 10 ms and
 * more than half again above the first third's. A queue that builds up shows in the median,
 * not only in the tail.
 * @param {LagStats} first
 * @param {LagStats} last
 */
export function isGrowing(first, last) {
  if (first.p50Ms === undefined || last.p50Ms === undefined) return undefined;
  return last.p50Ms - first.p50Ms > Math.max(10, first.p50Ms / 2);
}

/**
 * What runLag() keeps per command (times from performance.now()).
 * @typedef {object} LagRecord
 * @property {number} sentAt
 * @property {string} key
 * @property {boolean} [confirm] also to be read back through the case endpoint
 * @property {number} [answeredAt]
 * @property {string} [failed] why the command failed
 * @property {boolean} [shed] turned away at capacity (503 with Retry-After)
 * @property {number} [visibleAt]
 * @property {number} [endpointAt]
 */

/**
 * @param {object} options
 * @param {number} options.rate commands per second
 * @param {number} options.seconds
 * @param {string} options.baseUrl
 * @param {string} options.token
 * @param {(i: number) => { method: string, path: string, body?: unknown, key: string, check: unknown, confirm?: boolean }} options.command
 * @param {{ watch(key: string, check: unknown, record: LagRecord): void, stop(): Promise<void> }} options.detector
 *   sets record.visibleAt when the change is visible, and record.endpointAt for the commands
 *   it also confirmed through the case endpoint
 * @param {{ publishedAt(key: string): number | undefined }} [options.events] when the housing event was seen on NATS
 * @param {number} [options.drainMs] how long to wait for the last changes to become visible
 * @param {(message: string) => void} [options.log]
 */
export async function runLag({ rate, seconds, baseUrl, token, command, detector, events, drainMs = 10_000, log }) {
  // A pool of kept-alive connections, as a client fleet would hold. Larger than the gateway's
  // admission limit (MAX_REQUESTS_IN_FLIGHT), so commands beyond its capacity reach it and are
  // turned away (503 + Retry-After) instead of queueing in the bench; not unlimited, since a new
  // connection per command at 1,000/s overflows the listen backlog, and SYN retransmits (1 s,
  // 3 s, …) then show as latency of the network, not of the gateway.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });
  const abort = new AbortController();
  setMaxListeners(0, abort.signal); // one listener per queued request
  const total = Math.round(rate * seconds);
  /** @type {(LagRecord | undefined)[]} */
  const records = new Array(total);
  let failures = 0;
  /** Commands the gateway turned away at capacity (503 with Retry-After): answered, not lost. */
  let shed = 0;
  /** @type {number[]} how quickly each turned-away command got its answer */
  const shedAnswerMs = [];
  /** @type {string | undefined} */
  let firstFailure;
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set();
  /** @param {number} i */
  const send = (i) => {
    const cmd = command(i);
    /** @type {LagRecord} */
    const record = { sentAt: performance.now(), key: cmd.key, confirm: cmd.confirm };
    records[i] = record;
    // Watch before sending: the change may be visible before the HTTP answer arrives.
    detector.watch(cmd.key, cmd.check, record);
    const pending = request(agent, `${baseUrl}${cmd.path}`, {
      method: cmd.method,
      headers: { authorization: `Bearer ${token}` },
      body: cmd.body,
      signal: abort.signal,
    })
      .then(({ status, text, retryAfter }) => {
        record.answeredAt = performance.now();
        if (status === 503 && retryAfter !== undefined) {
          record.shed = true;
          shed += 1;
          shedAnswerMs.push(record.answeredAt - record.sentAt);
        } else if (status >= 300) {
          record.failed = `${status} ${text.slice(0, 200)}`;
          failures += 1;
          firstFailure ??= `${cmd.method} ${cmd.path}: ${record.failed}`;
        }
      })
      .catch((error) => {
        const { code, message } = /** @type {{ code?: string, message?: string }} */ (error ?? {});
        record.failed = code ?? message ?? String(error);
        failures += 1;
        firstFailure ??= `${cmd.method} ${cmd.path}: ${record.failed}`;
      })
      .finally(() => inFlight.delete(pending));
    inFlight.add(pending);
  };

  const start = performance.now();
  const intervalMs = 1000 / rate;
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.floor((performance.now() - start) / intervalMs) + 1);
    while (next < due) send(next++);
    if (failures > 20 && failures > next / 2) break;
    await delay(Math.max(0, start + next * intervalMs - performance.now()));
  }
  const sendSeconds = (performance.now() - start) / 1000;
  // A saturated system answers slower than we send: do not wait for ever. Commands still
  // unanswered 15 s after the last send are cut off and count as failed.
  const answered = await Promise.race([Promise.all([...inFlight]).then(() => true), delay(15_000).then(() => false)]);
  if (!answered) {
    const cutOff = inFlight.size;
    abort.abort();
    await Promise.all([...inFlight]);
    log?.(`${rate}/s: ${cutOff} commands still unanswered 15 s after the last send: cut off`);
  }
  const drainDeadline = performance.now() + drainMs;
  /** @param {LagRecord | undefined} r */
  const pending = (r) => r && !r.failed && !r.shed && (r.visibleAt === undefined || (r.confirm && r.endpointAt === undefined));
  while (performance.now() < drainDeadline && records.some(pending)) {
    await delay(20);
  }
  await detector.stop();
  agent.destroy();

  const drainedAt = performance.now();
  const sent = records.filter((r) => r !== undefined);
  const ok = sent.filter((r) => !r.failed && !r.shed);
  // Refused outright (no route, not allowed, invalid): the bench is wrong, not the system slow.
  if (!ok.length && sent.every((r) => /^4(0[0-9]|1[0-9]|2[0-8])\b/.test(r.failed ?? ''))) {
    throw new PhaseError(`every command was refused; first: ${firstFailure}`);
  }
  const visible = ok.filter((r) => r.visibleAt !== undefined);
  // A change not visible when the wait ended counts with the time waited so far: a lower
  // bound, so percentiles that include such changes are marked "at least".
  /** @param {LagRecord} r */
  const lag = (r) => (r.visibleAt ?? drainedAt) - r.sentAt;
  const censored = ok.length - visible.length;
  const third = Math.max(1, Math.floor(sent.length / 3));
  /** @param {number} from @param {number} to */
  const inThird = (from, to) =>
    sent
      .slice(from, to)
      .filter((r) => !r.failed)
      .map(lag);
  const firstThird = lagStats(inThird(0, third));
  const lastThird = lagStats(inThird(sent.length - third, sent.length));
  const endpoint = ok.flatMap((r) => (r.endpointAt === undefined ? [] : [r.endpointAt - r.sentAt]));
  const published = events
    ? ok
        .flatMap((r) => {
          const at = events.publishedAt(r.key);
          return at === undefined ? [] : [at - r.sentAt];
        })
        .filter((v) => Number.isFinite(v))
    : [];
  /** @param {LagRecord} r answered: not failed */
  const answerMs = (r) => (r.answeredAt ?? Number.NaN) - r.sentAt;
  // Not keeping up shows as a growing median, or as changes never seen or commands failing.
  const growing = Boolean(isGrowing(firstThird, lastThird)) || censored > sent.length * 0.01 || failures > sent.length * 0.01;
  const result = {
    rate,
    seconds,
    achievedRate: Math.round(sent.length / sendSeconds),
    sent: sent.length,
    failed: failures,
    shed,
    shedAnswerP99Ms: shed ? lagStats(shedAnswerMs).p99Ms : undefined,
    visible: visible.length,
    notVisibleAfterDrain: censored,
    // true when changes still not visible after the wait are among the figures (lower bounds)
    lowerBound: censored > 0,
    ...lagStats(ok.map(lag)),
    commandP50Ms: lagStats(ok.map(answerMs)).p50Ms,
    commandP99Ms: lagStats(ok.map(answerMs)).p99Ms,
    // A sample of the changes, also read back through the case endpoint (GET, audited).
    endpointSample: endpoint.length,
    endpointP50Ms: lagStats(endpoint).p50Ms,
    endpointP99Ms: lagStats(endpoint).p99Ms,
    publishedP50Ms: lagStats(published).p50Ms,
    publishedP99Ms: lagStats(published).p99Ms,
    firstThirdP50Ms: firstThird.p50Ms,
    firstThirdP99Ms: firstThird.p99Ms,
    lastThirdP50Ms: lastThird.p50Ms,
    lastThirdP99Ms: lastThird.p99Ms,
    growing,
    ...(firstFailure ? { firstFailure } : {}),
  };
  log?.(
    `${rate}/s: sent ${result.sent} (${result.achievedRate}/s), visible ${result.visible}, lag p50 ${result.p50Ms} p99 ${result.p99Ms} max ${result.maxMs} ms, ` +
      `first third p50 ${result.firstThirdP50Ms} last ${result.lastThirdP50Ms}${result.growing ? ' GROWING' : ''}` +
      `, command p50 ${result.commandP50Ms} p99 ${result.commandP99Ms} ms` +
      (failures ? `, ${failures} failed` : '') +
      (shed ? `, ${shed} turned away (503, answered within p99 ${result.shedAnswerP99Ms} ms)` : ''),
  );
  return result;
}
