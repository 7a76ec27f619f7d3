import { correctSettlementRequest, recordSettlementRequest, type SettlementRequest } from '@ankomst/contracts/housing';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { osloToday } from '../../../format/format';
import { serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { SubmitButton } from '../../../forms/submit-button';
import { useCorrectSettlementRequest, useRecordSettlementRequest } from '../api/use-settlement';
import { SaveError } from './conflict-notice';
import { FigureFields, type FigureValues, toCount } from './settlement-figure-fields';

/** IMDi's request (initial or additional) recorded, or a recorded one corrected. */
export function RequestForm({
  year,
  editing,
  onCancel,
  onSaved,
}: {
  year: number;
  editing: SettlementRequest | undefined;
  onCancel: () => void;
  onSaved: (corrected: boolean) => void;
}) {
  const { t } = useTranslation();
  const record = useRecordSettlementRequest();
  const correct = useCorrectSettlementRequest();
  const [kind, setKind] = useState<string>(editing?.kind ?? 'initial');
  const [values, setValues] = useState<FigureValues>({
    total: editing ? String(editing.total) : '',
    minors: editing ? String(editing.unaccompaniedMinors) : '',
    date: editing?.receivedOn ?? osloToday(),
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const mutation = editing ? correct : record;
  // Opening the form moves focus to it, so a keyboard or screen reader user lands where the work is.
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const figures = { kind, total: toCount(values.total), unaccompaniedMinors: toCount(values.minors), receivedOn: values.date };
    const onError = (error: unknown) => setErrors(serverFieldErrors(t, error));
    if (editing) {
      const parsed = correctSettlementRequest.safeParse({ id: editing.id, ...figures });
      if (!parsed.success) return setErrors(zodFieldErrors(t, parsed.error));
      setErrors({});
      correct.mutate(parsed.data, { onSuccess: () => onSaved(true), onError });
    } else {
      const parsed = recordSettlementRequest.safeParse({ year, ...figures });
      if (!parsed.success) return setErrors(zodFieldErrors(t, parsed.error));
      setErrors({});
      record.mutate(parsed.data, { onSuccess: () => onSaved(false), onError });
    }
  };
  const title = editing ? t('settlementFigures.correctRequest') : t('settlementFigures.newRequest');
  return (
    <form onSubmit={submit} noValidate aria-label={title} className="stack">
      <Heading level={3} data-size="xs" ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <div className="form-grid">
        <SelectField label={t('settlementFigures.kind')} value={kind} onChange={(e) => setKind(e.target.value)} error={errors.kind}>
          <option value="initial">{t('settlementFigures.kinds.initial')}</option>
          <option value="additional">{t('settlementFigures.kinds.additional')}</option>
        </SelectField>
        <FigureFields values={values} onChange={setValues} errors={errors} dateField="receivedOn" />
      </div>
      {mutation.error && Object.keys(errors).length === 0 && <SaveError error={mutation.error} onReload={mutation.reset} />}
      {errors['(body)'] && <Paragraph data-color="danger">{errors['(body)']}</Paragraph>}
      <div className="form-actions">
        <SubmitButton
          pending={mutation.isPending}
          label={editing ? t('settlementFigures.saveCorrection') : t('settlementFigures.saveRequest')}
        />
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('settlementFigures.cancel')}
        </Button>
      </div>
    </form>
  );
}
