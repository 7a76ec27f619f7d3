import { recordSettlementDecision, type SettlementDecision } from '@ankomst/contracts/housing';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, osloToday } from '../../../format/format';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useRecordSettlementDecision } from '../api/use-settlement';
import { SaveError } from './conflict-notice';
import { FigureFields, type FigureValues, toCount } from './settlement-figure-fields';

/** The council's decision for the year; a new one replaces the last. */
export function DecisionForm({ year, decision, onSaved }: { year: number; decision: SettlementDecision | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useRecordSettlementDecision();
  const [values, setValues] = useState<FigureValues>({
    total: decision ? String(decision.total) : '',
    minors: decision ? String(decision.unaccompaniedMinors) : '',
    date: decision?.decidedOn ?? osloToday(),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = recordSettlementDecision.safeParse({
      year,
      total: toCount(values.total),
      unaccompaniedMinors: toCount(values.minors),
      decidedOn: values.date,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(t, parsed.error));
    setErrors({});
    save.mutate(parsed.data, { onSuccess: onSaved, onError: (error) => setErrors(serverFieldErrors(t, error)) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('settlementFigures.decision')} className="stack">
      <Heading level={3} data-size="xs">
        {t('settlementFigures.decision')}
      </Heading>
      <Paragraph data-testid="decision-now">
        {decision
          ? t('settlementFigures.decisionNow', {
              date: formatDate(decision.decidedOn, i18n.language),
              total: formatNumber(decision.total, i18n.language),
              minors: formatNumber(decision.unaccompaniedMinors, i18n.language),
            })
          : t('settlementFigures.noDecision')}
      </Paragraph>
      <div className="form-grid">
        <FigureFields
          values={values}
          onChange={setValues}
          errors={errors}
          dateField="decidedOn"
          totalHint={t('settlementFigures.decisionHint')}
        />
      </div>
      {save.error && Object.keys(errors).length === 0 && <SaveError error={save.error} onReload={save.reset} />}
      <div className="form-actions">
        <SubmitButton pending={save.isPending} label={t('settlementFigures.saveDecision')} />
      </div>
    </form>
  );
}
