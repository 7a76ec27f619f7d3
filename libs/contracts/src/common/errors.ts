import { z } from 'zod';

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

export const fieldIssue = z.object({ field: z.string(), rule: z.string() });
export type FieldIssue = z.infer<typeof fieldIssue>;

export const serviceError = z.object({
  code: errorCode,
  status: z.number().int(),
  message: z.string(),
  issues: z.array(fieldIssue).optional(),
  correlationId: z.string().optional(),
});
export type ServiceError = z.infer<typeof serviceError>;

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

/** Turns zod issues into `{ field, rule }` pairs (field = dotted path). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    rule: issue.message,
  }));
}
