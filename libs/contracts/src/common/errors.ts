import { z } from 'zod';
import { describeIssue, type FieldIssueCode, fieldIssueCodes, type IssueParams } from './issue-codes';

/**
 * The one error shape that crosses NATS and HTTP. `status` is the HTTP status the gateway
 * answers with; `issues` name the field and the rule for validation errors.
 */
export const errorCode = z.enum([
  'validation_failed',
  'not_found',
  'conflict',
  /** The national id is held by another municipality (which one is not said): a transfer can be requested. */
  'national_id_held_elsewhere',
  'forbidden',
  'unauthenticated',
  'unavailable',
  'timeout',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCode>;

/**
 * One field's problem. `field` and `rule` (an English sentence) are what API clients have
 * always read; `code` and `params` are for translation (the portal shows them in nb/en).
 */
export const fieldIssue = z.object({
  field: z.string(),
  rule: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = { field: string; rule: string; code?: FieldIssueCode | (string & {}); params?: IssueParams };
export { fieldIssueCodes, type FieldIssueCode, type IssueParams };

/** A field issue raised by domain code (a rule that needs stored data), code included. */
export const domainIssue = (field: string, code: FieldIssueCode, rule: string, params: IssueParams = {}): FieldIssue => ({
  field,
  rule,
  code,
  params,
});

export const serviceError = z.object({
  code: errorCode,
  status: z.number().int(),
  message: z.string(),
  issues: z.array(fieldIssue).optional(),
  /** Machine code of a domain refusal (e.g. `already_settled`), for translation; `message` stays English. */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  correlationId: z.string().optional(),
});
export type ServiceError = z.infer<typeof serviceError>;

/** Machine codes of domain refusals (`ServiceError.reason`), translated by the portal like field codes. */
export const refusalReasons = [
  'already_settled',
  'dwelling_not_available',
  'dwelling_allocated',
  'household_has_tenancy',
  'dwelling_occupied',
  'household_full',
  'last_member',
  'tenancy_ended',
  'self_settlement_open',
  'checklist_not_passed',
  'case_decided',
  /** The access report by national id: no record of the caller's municipality holds the number. */
  'person_not_on_record',
] as const;
export type RefusalReason = (typeof refusalReasons)[number];

export const statusForCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  national_id_held_elsewhere: 409,
  internal: 500,
  unavailable: 503,
  timeout: 504,
};

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );

/**
 * Turns zod issues into `{ field, rule, code, params }` (field = dotted path). With the parsed
 * input a missing field is told apart from a wrong type even where a schema set its own message.
 */
export function toFieldIssues(error: z.ZodError, input?: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    let { code, params } = describeIssue(issue);
    if (input !== undefined && (code === 'required' || code === 'wrong_type') && issue.code === 'invalid_type') {
      const missing = valueAt(input, issue.path) === undefined;
      code = missing ? 'required' : 'wrong_type';
      params = missing ? {} : { expected: String(issue.expected) };
    }
    return { field: issue.path.map(String).join('.') || '(body)', rule: issue.message, code, params };
  });
}
