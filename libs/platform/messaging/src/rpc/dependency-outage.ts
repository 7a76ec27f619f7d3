/**
 * Recognises an error that means "a dependency is unreachable" rather than "this request
 * is wrong": the database refused or dropped the connection, is shutting down, or has no
 * connection slot left. Such a request may succeed a moment later, so it answers 503
 * (`unavailable`, with Retry-After at the gateway), never a 500 that reads like a bug.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/** SQLSTATE class 08 (connection exception) and the server's own "not now" answers. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** node-postgres and pg-pool say these in words only, without a code. */
const CONNECTION_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection .*(closed|ended)/i,
  /Client has encountered a connection error/i,
];

export function isDependencyOutage(error: unknown): boolean {
  for (const candidate of causesOf(error)) {
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08...$/.test(code))) return true;
    const message = (candidate as { message?: unknown }).message;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  }
  return false;
}

/** The error itself and what it wraps (TypeORM's `driverError`, `cause`, an AggregateError's errors). */
function causesOf(error: unknown, depth = 0): object[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const wrapped = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  const inner = [wrapped.driverError, wrapped.cause, ...(Array.isArray(wrapped.errors) ? wrapped.errors : [])];
  return [error, ...inner.flatMap((e) => causesOf(e, depth + 1))];
}
