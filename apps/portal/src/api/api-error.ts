import type { FieldIssue } from '@ankomst/contracts';

/** Codes the gateway sends, plus `network` for "no answer at all" (offline, server down). */
export type ApiErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'conflict'
  | 'national_id_held_elsewhere'
  | 'forbidden'
  | 'unauthenticated'
  | 'unavailable'
  | 'timeout'
  | 'internal'
  | 'too_many_requests'
  | 'network';

const knownCodes: readonly string[] = [
  'validation_failed',
  'not_found',
  'conflict',
  'national_id_held_elsewhere',
  'forbidden',
  'unauthenticated',
  'unavailable',
  'timeout',
  'internal',
  'too_many_requests',
];

const codeForStatus = (status: number): ApiErrorCode => {
  if (status === 400 || status === 422) return 'validation_failed';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too_many_requests';
  if (status === 503) return 'unavailable';
  if (status === 504) return 'timeout';
  return 'internal';
};

/** The gateway's error shape `{code, message, issues?, correlationId}` as an Error. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly correlationId?: string,
    /** Machine code of a domain refusal (`already_settled`, …) with its params, for translation. */
    readonly reason?: { code: string; params: Record<string, string | number> },
    /** From the `Retry-After` header of a 429 or 503: how long to wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Issue for one form field (dotted path), if the server named it. */
  issueFor(field: string): FieldIssue | undefined {
    return this.issues.find((issue) => issue.field === field);
  }
}

/** Builds an ApiError from a failed response, whatever its body looks like. */
export function toApiError(status: number, body: unknown, correlationId?: string, retryAfter?: string | null): ApiError {
  const shape = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code = typeof shape.code === 'string' && knownCodes.includes(shape.code) ? (shape.code as ApiErrorCode) : codeForStatus(status);
  const message = typeof shape.message === 'string' ? shape.message : `HTTP ${status}`;
  const issues = Array.isArray(shape.issues)
    ? shape.issues.filter(
        (issue): issue is FieldIssue =>
          typeof issue === 'object' && issue !== null && typeof issue.field === 'string' && typeof issue.rule === 'string',
      )
    : [];
  const id = typeof shape.correlationId === 'string' ? shape.correlationId : correlationId;
  const params = typeof shape.params === 'object' && shape.params !== null ? (shape.params as Record<string, string | number>) : {};
  const reason = typeof shape.reason === 'string' ? { code: shape.reason, params } : undefined;
  const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  return new ApiError(status, code, message, issues, id, reason, seconds);
}

/** A 404 on a list or search endpoint: the feature is not deployed yet on this gateway. */
export const isNotAvailable = (error: unknown): boolean => error instanceof ApiError && (error.status === 404 || error.status === 501);

/** A 404 from the router itself ("No route GET …"), as opposed to "this record does not exist". */
export const isMissingRoute = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 404 && /no route|cannot (get|post|put|patch|delete)/i.test(error.message);
