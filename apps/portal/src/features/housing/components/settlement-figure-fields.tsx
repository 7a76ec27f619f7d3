import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import type { FieldErrors } from '../../../forms/rule-messages';

/** A count as typed: spaces allowed ("1 200"), empty is missing; anything else goes to the contract as typed. */
export const toCount = (text: string): number | string | undefined => {
  const compact = text.replace(/\s/g, '');
  if (compact === '') return undefined;
  return /^-?\d+$/.test(compact) ? Number(compact) : compact;
};

export interface FigureValues {
  total: string;
  minors: string;
  date: string;
}

/**
 * What a request and a decision both hold: everyone, of them unaccompanied minors, and the
 * day (received, or decided: `dateField` names the contract's field for its error).
 */
export function FigureFields({
  values,
  onChange,
  errors,
  dateField,
  totalHint,
}: {
  values: FigureValues;
  onChange: (values: FigureValues) => void;
  errors: FieldErrors;
  dateField: 'receivedOn' | 'decidedOn';
  totalHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('settlementFigures.total')}
        description={totalHint}
        inputMode="numeric"
        value={values.total}
        onChange={(e) => onChange({ ...values, total: e.target.value })}
        error={errors.total}
        required
      />
      <TextField
        label={t('settlementFigures.unaccompaniedMinors')}
        inputMode="numeric"
        value={values.minors}
        onChange={(e) => onChange({ ...values, minors: e.target.value })}
        error={errors.unaccompaniedMinors}
        required
      />
      <TextField
        label={t(`settlementFigures.${dateField}`)}
        type="date"
        value={values.date}
        onChange={(e) => onChange({ ...values, date: e.target.value })}
        error={errors[dateField]}
        required
      />
    </>
  );
}
