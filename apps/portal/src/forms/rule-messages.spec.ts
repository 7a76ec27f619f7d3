import { makeNorwegianId, validateNorwegianId } from '@ankomst/contracts';
import { i18n } from '../i18n/i18n';
import { nationalIdFeedback } from './national-id-field';
import { ruleMessage } from './rule-messages';

describe('rule messages', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('nb');
  });
  const t = i18n.t.bind(i18n);

  it.each([
    ['national id must be 11 digits (got 5)', 'må ha 11 sifre (du har skrevet 5)'],
    ['national id second check digit is wrong', 'andre kontrollsifferet'],
    ['national id first six digits are not a date (D-nummer: day + 40)', 'D-nummer: dag + 40'],
    ['must not be empty', 'Må fylles ut'],
    ['must be a date (YYYY-MM-DD)', 'gyldig dato'],
  ])('translates "%s"', (rule, expected) => {
    expect(ruleMessage(t, rule)).toContain(expected);
  });

  it('still shows a rule it does not know', () => {
    expect(ruleMessage(t, 'must be prime')).toBe('Ugyldig verdi (must be prime)');
  });

  it('explains a bad D-nummer with the contracts’ reason and confirms a good one', () => {
    const good = makeNorwegianId({ year: 1990, month: 5, day: 17 }, 123, 'd-nummer') ?? '';
    expect(validateNorwegianId(good).valid).toBe(true);
    const lastDigit = Number(good[10]);
    const bad = good.slice(0, 10) + String((lastDigit + 1) % 10);

    expect(nationalIdFeedback(t, bad, 'nb')).toEqual({
      valid: false,
      message: expect.stringContaining('kontrollsifferet') as string,
    });
    expect(nationalIdFeedback(t, good, 'nb')).toEqual({ valid: true, message: 'Gyldig D-nummer (født 17.05.1990)' });
    expect(nationalIdFeedback(t, '', 'nb')).toBeUndefined();
  });
});
