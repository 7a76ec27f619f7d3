import { z } from 'zod';
import { withCode } from './issue-codes';

/**
 * C0 control characters and DEL. Postgres refuses NUL in text (a 500 before this rule), and
 * the others have no business in a name, address or note: they hide text or break exports.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this rule
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Notes may span lines: newline, carriage return and tab are allowed there. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_EXCEPT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export interface TextLimits {
  /** At least this many characters after trimming (1 = must not be empty). */
  min?: number;
  max: number;
  /** English rule for a too-short value, e.g. "must say why (at least 3 characters)". */
  minMessage?: string;
}

const noControls = (pattern: RegExp) => (value: string) => !pattern.test(value);
const controlRule = { message: 'must not contain control characters', params: withCode('control_characters') };

function boundedText(limits: TextLimits, pattern: RegExp) {
  const min = limits.min ?? 0;
  let schema = z.string({ message: 'must be text' }).refine(noControls(pattern), controlRule).trim();
  if (min > 0) {
    schema = schema.min(min, limits.minMessage ?? (min === 1 ? 'must not be empty' : `must be at least ${min} characters`));
  }
  return schema.max(limits.max, `must be at most ${limits.max} characters`);
}

/** A name, address, search term or filter: one line, trimmed, no control characters. */
export const singleLineText = (limits: TextLimits) => boundedText(limits, CONTROL);

/** A note or reason: line breaks and tabs allowed, other control characters not. */
export const multiLineText = (limits: TextLimits) => boundedText(limits, CONTROL_EXCEPT_LINE_BREAKS);

/** An opaque token the server handed out (cursor, id from another system): untrimmed, no controls. */
export const opaqueText = (max: number) =>
  z.string({ message: 'must be text' }).max(max, `must be at most ${max} characters`).refine(noControls(CONTROL), controlRule);

/** Eleven digits, spaces allowed between them: a fødselsnummer or D-nummer typed as a name. */
const NATIONAL_ID_SHAPE = /(?:\d\s*){11}/;

/**
 * Part of a person's name to search by (at least 2 characters). A national id is refused: in
 * a query string it would land in URLs, browser history and access logs; it is looked up
 * through its keyed hash instead (housing). Other digits pass: names registered with digits
 * (test data, a mistyped name) must stay findable.
 */
export const nameSearchText = singleLineText({ min: 2, max: 100 }).refine((value) => !NATIONAL_ID_SHAPE.test(value), {
  message: 'must not be a national id (look the person up by national id instead)',
  params: withCode('national_id_not_allowed'),
});
