import { validateNorwegianId } from '@ankomst/contracts';
import type { TFunction } from 'i18next';
import { formatDate } from '../format/format';
import { ruleMessage } from './rule-messages';

export interface NationalIdFeedback {
  valid: boolean;
  message: string;
}

/**
 * Inline feedback with the contracts' own rule, so staff see why a number is refused
 * ("second check digit is wrong") while typing, and what a good one is (D-nummer, born …).
 */
export function nationalIdFeedback(t: TFunction, value: string, language: string): NationalIdFeedback | undefined {
  if (value.trim() === '') return undefined;
  const result = validateNorwegianId(value);
  if (!result.valid) return { valid: false, message: ruleMessage(t, result.reason) };
  return {
    valid: true,
    message: t(result.kind === 'd-nummer' ? 'nationalId.validD' : 'nationalId.validF', {
      date: formatDate(result.birthDate, language),
    }),
  };
}
