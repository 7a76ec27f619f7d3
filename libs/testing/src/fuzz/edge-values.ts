/**
 * Values that have broken input handling before, by the type the schema expects: control
 * characters (Postgres refuses NUL), integers past int4 and past 2^53, impossible and
 * out-of-range dates, and values of the wrong type altogether.
 */
export const edgeStrings: readonly string[] = [
  '',
  ' ',
  '\u0000',
  'Am\u0000al',
  '\u0001\u0002\u0003',
  'esc\u001b[31m',
  'del\u007f',
  'line\nbreak\ttab',
  'x'.repeat(201),
  'x'.repeat(2_001),
  'x'.repeat(20_000),
  '\ud800',
  '𝕏𝕐ℤ',
  '%00',
  "'; DROP TABLE household; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '١٢٣٤',
  '31129956715',
  '{{7*7}}',
];

export const edgeNumbers: readonly number[] = [
  0,
  -1,
  1.5,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_649,
  99_999_999_999,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  1e-7,
];

export const edgeDates: readonly string[] = [
  '0000-01-01',
  '1899-12-31',
  '1900-01-01',
  '1999-12-31',
  '2031-01-01',
  '9999-12-31',
  '2025-02-30',
  '2025-13-01',
  '2024-02-29',
  '20250101',
  '2025-1-1',
  '2025-03-01T00:00:00Z',
  '+275760-09-13',
];

export const edgeDateTimes: readonly string[] = [
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2025-02-30T00:00:00Z',
  '2025-03-01T25:00:00Z',
  '2025-03-01',
  '2025-03-01T00:00:00+99:00',
];

/** Anything but what was asked for. */
export const wrongTypes: readonly unknown[] = [null, true, false, 12, -0.5, 'text', [], {}, [1, 2], { $gt: '' }, [null]];

/** Query-string variants: a value the server receives as text, an array, or nothing. */
export const edgeQueryValues: readonly (string | string[])[] = [
  ...edgeStrings.filter((s) => s.length < 3_000),
  ...edgeDates,
  ...edgeNumbers.map(String),
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  'true',
  ['1', '2'],
  ['a', ''],
];

/** Path-segment variants (URL-encoded when sent): most must give 400 or 404, never 500. */
export const edgePathValues: readonly string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'a\u0000b',
  '\u0000',
  ' ',
  'x'.repeat(99),
  "1' OR '1'='1",
  '..',
  '%',
  '𝕏',
];
