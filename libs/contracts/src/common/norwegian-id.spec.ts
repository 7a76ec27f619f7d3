import { makeNorwegianId, validateNorwegianId } from './norwegian-id';

describe('validateNorwegianId', () => {
  it('accepts a fødselsnummer whose check digits follow the mod-11 rule', () => {
    // 311299567: K1 = 11 - (241 % 11) = 1, K2 = 11 - (215 % 11) = 5 (worked by hand).
    const sut = validateNorwegianId('31129956715');
    expect(sut).toEqual({ valid: true, kind: 'fodselsnummer', birthDate: '1899-12-31', checkRule: 'classic' });
  });

  it('accepts a D-nummer (day + 40) and reads the real birth date', () => {
    const id = makeNorwegianId({ year: 1990, month: 5, day: 17 }, 123, 'd-nummer');
    expect(id?.slice(0, 6)).toBe('570590');
    expect(validateNorwegianId(id!)).toMatchObject({ valid: true, kind: 'd-nummer', birthDate: '1990-05-17' });
  });

  it('ignores spaces a person typed', () => {
    expect(validateNorwegianId('311299 567 15').valid).toBe(true);
  });

  it.each([
    ['31129956716', 'second check digit is wrong'],
    ['3112995671', 'must be 11 digits (got 10)'],
    ['3112995671a', 'must contain digits only'],
    ['32129956715', 'first six digits are not a date (DDMMYY)'],
    ['72129956715', 'first six digits are not a date (D-nummer: day + 40)'],
  ])('rejects %s: %s', (input, reason) => {
    expect(validateNorwegianId(input)).toEqual({ valid: false, reason });
  });

  it('rejects a wrong first check digit when the 2032 rule does not save it either', () => {
    // The worked example with K1 changed (and K2 recomputed) so that only K1 is wrong.
    const digits = [3, 1, 1, 2, 9, 9, 5, 6, 7];
    const k1Sum = [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * digits[i], 0);
    const candidates = [...Array(10).keys()]
      .filter((k1) => (k1Sum + k1) % 11 > 3)
      .map((k1) => {
        const r = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...digits, k1][i], 0) % 11;
        return { k1, k2: r === 0 ? 0 : 11 - r };
      })
      .filter(({ k2 }) => k2 < 10);
    expect(candidates.length).toBeGreaterThan(0);
    for (const { k1, k2 } of candidates) {
      expect(validateNorwegianId(`${digits.join('')}${k1}${k2}`)).toEqual({ valid: false, reason: 'first check digit is wrong' });
    }
  });

  it('accepts a first check digit under the 2032 rule and says so', () => {
    const digits = [0, 1, 0, 1, 3, 2, 5, 0, 0]; // 01.01.2032, individual 500
    const sum = [3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * digits[i], 0);
    const classic = (11 - (sum % 11)) % 11;
    const relaxedK1 = [...Array(10).keys()].find((k) => k !== classic && (sum + k) % 11 <= 3)!;
    const withK1 = [...digits, relaxedK1];
    const r = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * withK1[i], 0) % 11;
    const k2 = r === 0 ? 0 : 11 - r;
    expect(k2).toBeLessThan(10);
    expect(validateNorwegianId(`${withK1.join('')}${k2}`)).toMatchObject({ valid: true, checkRule: '2032' });
  });
});

describe('makeNorwegianId', () => {
  it('returns null when a check digit would be 10 (such numbers are never issued)', () => {
    const results = Array.from({ length: 50 }, (_, i) => makeNorwegianId({ year: 1985, month: 3, day: 9 }, i));
    expect(results).toContain(null);
    for (const id of results.filter((x): x is string => x !== null)) {
      expect(validateNorwegianId(id).valid).toBe(true);
    }
  });
});
