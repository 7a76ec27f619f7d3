/**
 * Norwegian national identity numbers: fødselsnummer (DDMMYY + individual number + two
 * mod-11 check digits) and D-nummer (the same with day + 40). Numbers issued from 2032 may
 * carry a first check digit under the relaxed rule (weighted sum incl. K1 ≡ 0–3 mod 11);
 * both rules are accepted and the result says which one matched.
 */
export type NorwegianIdKind = 'fodselsnummer' | 'd-nummer';

export type NorwegianIdResult =
  { valid: true; kind: NorwegianIdKind; birthDate: string; checkRule: 'classic' | '2032' } | { valid: false; reason: string };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

const weightedSum = (digits: number[], weights: number[]) => weights.reduce((sum, weight, i) => sum + weight * digits[i], 0);

/** The classic check digit for the given leading digits, or null when it would be 10. */
export function classicCheckDigit(digits: number[], weights: number[]): number | null {
  const check = 11 - (weightedSum(digits, weights) % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

/** Century from the individual number (digits 7–9) and two-digit year, per Skatteetaten's table. */
function fullYear(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  return null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function validateNorwegianId(input: string): NorwegianIdResult {
  const value = input.replace(/\s/g, '');
  if (!/^\d+$/.test(value)) return { valid: false, reason: 'must contain digits only' };
  if (value.length !== 11) return { valid: false, reason: `must be 11 digits (got ${value.length})` };

  const digits = [...value].map(Number);
  const rawDay = digits[0] * 10 + digits[1];
  const month = digits[2] * 10 + digits[3];
  const yy = digits[4] * 10 + digits[5];
  const individual = digits[6] * 100 + digits[7] * 10 + digits[8];

  const kind: NorwegianIdKind = rawDay > 40 ? 'd-nummer' : 'fodselsnummer';
  const day = kind === 'd-nummer' ? rawDay - 40 : rawDay;
  const year = fullYear(individual, yy);
  if (year === null) return { valid: false, reason: 'individual number does not fit the birth year' };
  if (!isRealDate(year, month, day)) {
    return {
      valid: false,
      reason: kind === 'd-nummer' ? 'first six digits are not a date (D-nummer: day + 40)' : 'first six digits are not a date (DDMMYY)',
    };
  }

  const expectedK2 = classicCheckDigit(digits, K2_WEIGHTS);
  if (expectedK2 === null || expectedK2 !== digits[10]) {
    return { valid: false, reason: 'second check digit is wrong' };
  }
  const expectedK1 = classicCheckDigit(digits, K1_WEIGHTS);
  let checkRule: 'classic' | '2032';
  if (expectedK1 !== null && expectedK1 === digits[9]) checkRule = 'classic';
  else if (weightedSum(digits, [...K1_WEIGHTS, 1]) % 11 <= 3) checkRule = '2032';
  else return { valid: false, reason: 'first check digit is wrong' };

  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { valid: true, kind, birthDate, checkRule };
}

/** Builds a valid number from a birth date and individual number (for demo data and tests). */
export function makeNorwegianId(
  birthDate: { year: number; month: number; day: number },
  individual: number,
  kind: NorwegianIdKind = 'fodselsnummer',
): string | null {
  const day = birthDate.day + (kind === 'd-nummer' ? 40 : 0);
  const base = [
    String(day).padStart(2, '0'),
    String(birthDate.month).padStart(2, '0'),
    String(birthDate.year % 100).padStart(2, '0'),
    String(individual).padStart(3, '0'),
  ].join('');
  const digits = [...base].map(Number);
  const k1 = classicCheckDigit(digits, K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = classicCheckDigit([...digits, k1], K2_WEIGHTS);
  if (k2 === null) return null;
  return `${base}${k1}${k2}`;
}
