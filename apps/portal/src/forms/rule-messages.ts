import { type FieldIssue, toFieldIssues } from '@ankomst/contracts';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/api-error';

/**
 * The contracts' rules speak English ("must not be empty", "national id second check digit is
 * wrong"). The same text reaches us from zod in the browser and from the server's `issues`, so
 * one table turns both into translated messages; an unknown rule is still shown, never hidden.
 */
const rules: Array<[RegExp, string, ((m: RegExpMatchArray) => Record<string, string>)?]> = [
  [/must not be a national id/, 'notNationalIdSearch'],
  [/must contain digits only/, 'digitsOnly'],
  [/must be 11 digits \(got (\d+)\)/, 'elevenDigits', (m) => ({ count: m[1] })],
  [/individual number does not fit the birth year/, 'individualNumber'],
  [/first six digits are not a date \(D-nummer/, 'notDateD'],
  [/first six digits are not a date/, 'notDate'],
  [/second check digit is wrong/, 'secondCheckDigit'],
  [/first check digit is wrong/, 'firstCheckDigit'],
  [/^must not be empty$/, 'required'],
  [/^must be at most (\d+) characters$/, 'maxLength', (m) => ({ count: m[1] })],
  [/^must be at least (\d+) characters$/, 'minLength', (m) => ({ count: m[1] })],
  [/^must be a date/, 'date'],
  [/four-digit postal code/, 'postalCode'],
  [/four-digit kommunenummer/, 'kommunenummer'],
  [/ISO 3166/, 'country'],
  [/ISO 639/, 'language'],
  [/must have at least one member/, 'atLeastOneMember'],
  [/must have at most (\d+) members/, 'tooManyMembers', (m) => ({ count: m[1] })],
  [/must not be negative/, 'notNegative'],
  [/must not exceed total/, 'notExceedTotal'],
  [/must be positive/, 'positive'],
  [/^must be at least (\d+)$/, 'min', (m) => ({ count: m[1] })],
  [/^must be at most (\d+)$/, 'max', (m) => ({ count: m[1] })],
  [/must be (a|whole) (number|year|kroner)|must be an amount/, 'number'],
  [/must be a uuid/, 'uuid'],
  [/must say why/, 'reasonRequired'],
  [/must name the guardian or representative/, 'grantorName'],
  [/must say how the consent was obtained/, 'evidenceNote'],
  [/must say how the withdrawal was received/, 'withdrawalNote'],
  [/must be after validFrom/, 'validTo'],
  [/must be <category>→<recipient>/, 'scope'],
  [/must explain the emergency/, 'emergencyReason'],
  [/must be lower-case letters, digits, dot, dash or underscore/, 'username'],
  [/^Required$|expected .*, received undefined/i, 'required'],
  [/^Too small: expected string to have >=1 characters?$/, 'required'],
  [/Invalid option/i, 'choose'],
];

/** Field-specific wording for a code where the generic one would say less ("at least 3 characters"). */
const fieldWording: Record<string, Partial<Record<string, string>>> = {
  evidenceNote: { too_short: 'evidenceNote', required: 'evidenceNote' },
  note: { too_short: 'withdrawalNote' },
  grantorName: { too_short: 'grantorName' },
};

/**
 * The message for one issue, in the user's language: by its code and params when the server
 * (or the contracts in the browser) gave one, else by the English rule. A bad national id keeps
 * the contracts' precise reason ("second check digit is wrong"), which the rule table translates.
 */
export function issueMessage(t: TFunction, issue: FieldIssue): string {
  const { code } = issue;
  if (!code || code === 'national_id_invalid') return ruleMessage(t, issue.rule);
  // A pattern's own rule ("lower-case letters, digits …", "an amount in NOK") says more than
  // "wrong format" or "wrong type" when the table knows it.
  if (code === 'wrong_type' || code === 'invalid_format') return knownRuleMessage(t, issue.rule) ?? t(`validation.code.${code}`);
  const wording = fieldWording[issue.field.split('.').pop() ?? '']?.[code];
  if (wording) return t(`validation.${wording}`);
  if (!t(`validation.code.${code}`, { defaultValue: '' })) return ruleMessage(t, issue.rule);
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.other === 'string') params.other = t(`validation.other.${params.other}`, { defaultValue: params.other });
  return t(`validation.code.${code}`, params);
}

function knownRuleMessage(t: TFunction, rule: string): string | undefined {
  for (const [pattern, key, values] of rules) {
    const match = rule.match(pattern);
    if (match) return t(`validation.${key}`, values?.(match) ?? {});
  }
  return undefined;
}

export function ruleMessage(t: TFunction, rule: string): string {
  return knownRuleMessage(t, rule) ?? t('validation.generic', { rule });
}

export type FieldErrors = Record<string, string>;

/** Client-side validation result keyed by dotted path (`members.0.nationalId`). */
export function zodFieldErrors(t: TFunction, error: z.ZodError, input?: unknown): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of toFieldIssues(error, input)) errors[issue.field] ??= issueMessage(t, issue);
  return errors;
}

/** A 400 from the server, its issues placed next to the same fields. */
export function serverFieldErrors(t: TFunction, error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.field] ??= issueMessage(t, issue);
  return errors;
}
