import type { z } from 'zod';

/**
 * Machine codes for "what is wrong with this field". The English `rule` stays for API
 * clients; the portal translates the code (with its params) instead of parsing the sentence.
 */
export const fieldIssueCodes = [
  'required',
  'wrong_type',
  'too_short',
  'too_long',
  'too_small',
  'too_large',
  'too_few',
  'too_many',
  'not_integer',
  'invalid_option',
  'unknown_field',
  'invalid_format',
  'invalid_date',
  'invalid_datetime',
  'invalid_uuid',
  'control_characters',
  'date_too_early',
  'date_too_late',
  'date_in_future',
  'date_before',
  'date_after',
  'national_id_invalid',
  'national_id_birth_date_mismatch',
  'national_id_not_allowed',
  'must_not_exceed',
  'no_change',
  'guardian_required',
  'guardian_not_for_adult',
  'not_own_account',
  'department_required',
  'unknown_cursor',
  'only_with_bought_own_home',
  'grantor_name_required',
  'not_after',
  'same_department',
  'reason_required',
  'invalid_scope',
  'invalid_email',
  'consent_required',
  'volunteer_too_young',
  'volunteer_guardian_consent',
  'invalid',
] as const;
export type FieldIssueCode = (typeof fieldIssueCodes)[number];

export type IssueParams = Record<string, string | number>;

/** What a refinement passes as zod `params` so that its issue carries our code. */
export const withCode = (code: FieldIssueCode, params: IssueParams = {}) => ({ code, ...params });

const isCode = (value: unknown): value is FieldIssueCode =>
  typeof value === 'string' && (fieldIssueCodes as readonly string[]).includes(value);

const scalarParams = (source: Record<string, unknown>): IssueParams => {
  const params: IssueParams = {};
  for (const [key, value] of Object.entries(source)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) params[key] = value;
  }
  return params;
};

const byOrigin = (origin: unknown, forText: FieldIssueCode, forList: FieldIssueCode, forNumber: FieldIssueCode) =>
  origin === 'string' ? forText : origin === 'array' || origin === 'set' ? forList : forNumber;

/** The code and params of one zod issue: our own from `params.code`, zod's built-in ones mapped. */
export function describeIssue(issue: z.core.$ZodIssue): { code: FieldIssueCode; params: IssueParams } {
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as Record<string, unknown>;
      return { code: isCode(params.code) ? params.code : 'invalid', params: scalarParams(params) };
    }
    case 'invalid_type':
      if (issue.expected === 'int') return { code: 'not_integer', params: {} };
      // zod reports a missing field as "expected X, received undefined".
      if (/received undefined/.test(issue.message)) return { code: 'required', params: {} };
      return { code: 'wrong_type', params: { expected: String(issue.expected) } };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min === 1) return { code: 'required', params: {} };
      return { code: byOrigin(issue.origin, 'too_short', 'too_few', 'too_small'), params: { min } };
    }
    case 'too_big':
      return { code: byOrigin(issue.origin, 'too_long', 'too_many', 'too_large'), params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { code: 'invalid_option', params: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown_field', params: { keys: issue.keys.join(', ') } };
    case 'invalid_format':
      if (issue.format === 'date') return { code: 'invalid_date', params: {} };
      if (issue.format === 'datetime') return { code: 'invalid_datetime', params: {} };
      if (issue.format === 'uuid') return { code: 'invalid_uuid', params: {} };
      return { code: 'invalid_format', params: {} };
    case 'invalid_union':
      return { code: 'invalid_option', params: {} };
    default:
      return { code: 'invalid', params: {} };
  }
}
