import type { KnownIds } from './json-schema-values';
import { fuzzRequest, type FuzzRequest } from './mutations';
import { isWrite, type Operation, operationsOf } from './operations';
import { SeededRandom } from './random';

export interface FuzzTarget {
  baseUrl: string;
  /** An access token per role name; `anonymous` calls without one. */
  login(role: string): Promise<string>;
  roles: readonly string[];
  ids: KnownIds;
  /** A fingerprint of the service databases' records: it changes whenever one is written. */
  writes(): Promise<string>;
}

export interface FuzzFinding {
  kind: 'server-error' | 'dropped-connection' | 'half-written';
  role: string;
  request: FuzzRequest;
  status?: number;
  detail: string;
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  /** Operations × roles exercised. */
  operations: number;
  findings: FuzzFinding[];
  serverErrors: number;
  /** Roles that could no longer log in (a fuzzed request changed their account): skipped from then on. */
  lostRoles: string[];
}

export interface FuzzOptions {
  requests: number;
  /** Send at least this many rounds over every operation × role, more than `requests` if need be (so a grown API is still covered). */
  rounds?: number;
  seed: number;
  /** Answers that are documented and not a fault, e.g. `/api/health` is 503 while a department is down. */
  expected?: (operation: Operation, status: number) => boolean;
  /** Operations not to call (e.g. ones that end the fuzz's own sessions). */
  skip?: (operation: Operation) => boolean;
  onProgress?: (done: number, report: FuzzReport) => void;
}

const headersFor = (token: string | undefined, request: FuzzRequest): Record<string, string> => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
  'x-requested-with': 'ankomst',
});

/**
 * Calls every operation of the gateway's OpenAPI document as every role, round-robin in a
 * seeded order, with one field broken per request. Faults: a 5xx, a connection that drops,
 * or a refused write (4xx) after which the databases hold more or other rows than before.
 */
export async function runFuzz(target: FuzzTarget, options: FuzzOptions): Promise<FuzzReport> {
  const random = new SeededRandom(options.seed);
  const document = (await (await fetch(`${target.baseUrl}/api/openapi.json`)).json()) as Parameters<typeof operationsOf>[0];
  const operations = operationsOf(document).filter((operation) => !options.skip?.(operation));
  const pairs = operations.flatMap((operation) => target.roles.map((role) => ({ operation, role })));
  const report: FuzzReport = { requests: 0, byStatus: {}, operations: pairs.length, findings: [], serverErrors: 0, lostRoles: [] };
  const tokens = new Map<string, string>();
  const tokenOf = async (role: string) => {
    if (role === 'anonymous') return undefined;
    if (!tokens.has(role)) {
      try {
        tokens.set(role, await target.login(role));
      } catch {
        report.lostRoles.push(role);
        return null;
      }
    }
    return tokens.get(role);
  };

  const budget = Math.max(options.requests, (options.rounds ?? 0) * pairs.length);
  // Requests of a lost role are not sent, so count what was sent (bounded, should every role be lost).
  for (let i = 0; report.requests < budget && i < budget * 3; i++) {
    // Round-robin over every operation × role, so that a short run still covers them all.
    const { operation, role } = pairs[i % pairs.length];
    const request = fuzzRequest(operation, random, target.ids);
    if (report.lostRoles.includes(role)) continue;
    const token = await tokenOf(role);
    if (token === null) continue;
    const checkWrites = isWrite(operation);
    const before = checkWrites ? await target.writes() : '';
    let status: number;
    try {
      const response = await fetch(`${target.baseUrl}${request.url}`, {
        method: request.method,
        headers: headersFor(token, request),
        body: request.body,
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (error) {
      report.requests++;
      report.findings.push({ kind: 'dropped-connection', role, request, detail: (error as Error).message });
      continue;
    }
    report.requests++;
    report.byStatus[status] = (report.byStatus[status] ?? 0) + 1;
    // A token that a logout or role change ended: log in again, the fuzz is not about sessions.
    if (status === 401 && token) tokens.delete(role);
    if (status >= 500 && !options.expected?.(operation, status)) {
      report.serverErrors++;
      report.findings.push({ kind: 'server-error', role, request, status, detail: `${operation.method} ${operation.path}` });
    }
    if (checkWrites && status >= 400 && status < 500) {
      const after = await target.writes();
      if (after !== before) {
        report.findings.push({
          kind: 'half-written',
          role,
          request,
          status,
          detail: `records changed after a refused ${operation.method} ${operation.path}`,
        });
      }
    }
    options.onProgress?.(report.requests, report);
  }
  return report;
}

/** One line per finding, for a test failure or the CLI. */
export const formatFinding = (finding: FuzzFinding) =>
  `${finding.kind} ${finding.status ?? ''} as ${finding.role}: ${finding.request.method} ${finding.request.url.slice(0, 160)} [${finding.request.mutation}] ${finding.detail}`;
