import { fieldIssueCodes, makeNorwegianId, refusalReasons, validateNorwegianId } from '@ankomst/contracts';
import { i18n } from '../i18n/i18n';
import { nationalIdFeedback } from './national-id-field';
import { issueMessage, ruleMessage } from './rule-messages';

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

describe('issue messages by code', () => {
  const t = i18n.t.bind(i18n);
  afterEach(async () => {
    await i18n.changeLanguage('nb');
  });

  it('shows a domain rule in Norwegian, not the English sentence inside "Ugyldig verdi (…)"', async () => {
    await i18n.changeLanguage('nb');
    const sut = issueMessage(t, {
      field: 'grantor',
      rule: 'the person is under 18: consent must be given by a guardian (grantor "guardian" with grantorName)',
      code: 'guardian_required',
      params: {},
    });
    expect(sut).toBe('Personen er under 18 år: samtykket må gis av en verge (velg «verge» og skriv navnet)');
  });

  it('fills in the params: a limit, and the other field by its name', async () => {
    await i18n.changeLanguage('nb');
    expect(
      issueMessage(t, {
        field: 'address',
        rule: 'Too big: expected string to have <=200 characters',
        code: 'too_long',
        params: { max: 200 },
      }),
    ).toBe('Kan ha høyst 200 tegn');
    expect(
      issueMessage(t, {
        field: 'settledOn',
        rule: 'must not be before the residence permit (2025-01-20)',
        code: 'date_before',
        params: { other: 'residencePermitDate' },
      }),
    ).toBe('Kan ikke være før oppholdstillatelsen');
  });

  it('speaks English when the user chose English', async () => {
    await i18n.changeLanguage('en');
    expect(
      issueMessage(t, { field: 'givenName', rule: 'must not contain control characters', code: 'control_characters', params: {} }),
    ).toMatch(/^Cannot contain control characters/);
  });

  it('falls back to the rule table for an issue without a code (an older server)', async () => {
    await i18n.changeLanguage('nb');
    expect(issueMessage(t, { field: 'givenName', rule: 'must not be empty' })).toBe('Må fylles ut');
  });

  it.each(['nb', 'en'])('has a %s text for every field code and refusal reason the contracts can send', async (language) => {
    await i18n.changeLanguage(language);
    const missing = fieldIssueCodes.filter((code) => !i18n.exists(`validation.code.${code}`));
    const missingReasons = refusalReasons.filter((reason) => !i18n.exists(`errors.reason.${reason}`));
    expect([...missing, ...missingReasons]).toEqual([]);
  });
});
