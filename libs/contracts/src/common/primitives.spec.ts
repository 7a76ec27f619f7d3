import { z } from 'zod';
import { todayInOslo } from './calendar';
import { birthDate, calendarDate, pastCaseDate } from './dates';
import { toFieldIssues } from './errors';
import { boundedInt, INT4_MAX, queryInt } from './numbers';
import { multiLineText, nameSearchText, singleLineText } from './text';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error, input);
};
const codesOf = (schema: z.ZodType, input: unknown) => issuesOf(schema, input).map((issue) => issue.code);
const addDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

describe('singleLineText', () => {
  const sut = singleLineText({ min: 1, max: 10 });

  it.each([
    ['NUL', 'Am\u0000al'],
    ['a bell', 'Am\u0007al'],
    ['a newline', 'Amal\nYusuf'],
    ['a tab', 'Amal\tYusuf'],
    ['DEL', 'Amal\u007f'],
  ])('refuses %s with the code control_characters', (_name, value) => {
    expect(issuesOf(sut, value)).toEqual([
      { field: '(body)', rule: 'must not contain control characters', code: 'control_characters', params: {} },
    ]);
  });

  it('trims and keeps letters from every script', () => {
    expect(sut.parse('  Æøå ሰላም ')).toBe('Æøå ሰላም');
  });

  it('says too_long with the limit as a parameter', () => {
    expect(issuesOf(sut, 'x'.repeat(11))).toEqual([
      { field: '(body)', rule: 'must be at most 10 characters', code: 'too_long', params: { max: 10 } },
    ]);
  });

  it('says required for an empty value and wrong_type for a number', () => {
    expect(codesOf(sut, '   ')).toEqual(['required']);
    expect(codesOf(sut, 42)).toEqual(['wrong_type']);
  });
});

describe('multiLineText', () => {
  const sut = multiLineText({ min: 3, max: 100, minMessage: 'must say why (at least 3 characters)' });

  it('allows line breaks and tabs in a note', () => {
    expect(sut.parse('signed form\r\n\tinterpreter present')).toBe('signed form\r\n\tinterpreter present');
  });

  it('refuses NUL and other control characters', () => {
    expect(codesOf(sut, 'signed\u0000form')).toEqual(['control_characters']);
    expect(codesOf(sut, 'signed\u001bform')).toEqual(['control_characters']);
  });

  it('keeps the field-specific English rule and gives too_short with the minimum', () => {
    expect(issuesOf(sut, 'no')).toEqual([
      { field: '(body)', rule: 'must say why (at least 3 characters)', code: 'too_short', params: { min: 3 } },
    ]);
  });
});

describe('boundedInt', () => {
  const sut = boundedInt({ min: 0, max: Number.MAX_SAFE_INTEGER });

  it('never allows more than a Postgres integer holds, whatever the domain asks', () => {
    expect(sut.parse(INT4_MAX)).toBe(INT4_MAX);
    expect(issuesOf(sut, INT4_MAX + 1)).toEqual([
      { field: '(body)', rule: `must be at most ${INT4_MAX}`, code: 'too_large', params: { max: INT4_MAX } },
    ]);
  });

  it('refuses fractions and negatives with their own codes', () => {
    expect(codesOf(sut, 1.5)).toEqual(['not_integer']);
    expect(codesOf(sut, -1)).toEqual(['too_small']);
  });

  it('reads a query string and refuses what is not a number', () => {
    const query = queryInt({ min: 1, max: 100 });
    expect(query.parse('25')).toBe(25);
    expect(codesOf(query, 'abc')).toEqual(['wrong_type']);
    expect(codesOf(query, '1e12')).toEqual(['too_large']);
  });
});

describe('calendar dates', () => {
  const today = todayInOslo();

  it('refuses a birth date in the future and one before 1900', () => {
    expect(issuesOf(birthDate, addDays(today, 1))).toEqual([
      { field: '(body)', rule: 'must not be in the future', code: 'date_in_future', params: {} },
    ]);
    expect(issuesOf(birthDate, '1899-12-31')).toEqual([
      { field: '(body)', rule: 'must not be before 1900-01-01', code: 'date_too_early', params: { min: '1900-01-01' } },
    ]);
    expect(birthDate.parse(today)).toBe(today);
  });

  it('refuses a residence permit in 1900: a case date starts in 2000', () => {
    expect(codesOf(pastCaseDate, '1900-01-01')).toEqual(['date_too_early']);
  });

  it('refuses a day that does not exist and year 0000 (no Postgres date)', () => {
    const sut = calendarDate({ from: '1900-01-01', to: '2100-12-31' });
    expect(codesOf(sut, '2025-02-30')).toEqual(['invalid_date']);
    expect(codesOf(sut, '0000-01-01')).toEqual(['date_too_early']);
    expect(codesOf(sut, '2101-01-01')).toEqual(['date_too_late']);
  });
});

describe('toFieldIssues', () => {
  it('tells a missing field (required) from a wrong type even under a custom message', () => {
    const sut = z.object({ total: z.number({ message: 'must be a number' }) });
    expect(codesOf(sut, {})).toEqual(['required']);
    expect(codesOf(sut, { total: 'many' })).toEqual(['wrong_type']);
  });

  it('names an unknown option and an unknown field', () => {
    expect(issuesOf(z.enum(['a', 'b']), 'c')[0]).toMatchObject({ code: 'invalid_option', params: { options: 'a, b' } });
    expect(issuesOf(z.strictObject({}), { x: 1 })[0]).toMatchObject({ code: 'unknown_field', params: { keys: 'x' } });
  });
});

describe('nameSearchText', () => {
  const sut = nameSearchText;

  it.each(['Ha', 'Ås-Øie', "O'Neill", 'ሰላም', 'E2e-mif3x2a'])('searches for %s', (value) => {
    expect(codesOf(sut, value)).toEqual([]);
  });

  it.each(['12345678901', '123 456 789 01', 'Amal 12345678901'])('refuses the national id in "%s"', (value) => {
    expect(issuesOf(sut, value)).toEqual([
      {
        field: '(body)',
        rule: 'must not be a national id (look the person up by national id instead)',
        code: 'national_id_not_allowed',
        params: {},
      },
    ]);
  });

  it('needs two characters', () => {
    expect(codesOf(sut, 'A')).toEqual(['too_short']);
  });
});
