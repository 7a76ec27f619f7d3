import { closeCoordinationCaseInput, closureReason } from '@ankomst/contracts/health';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { osloToday } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useCloseCoordinationCase } from '../api/use-health';
import { fieldLabel, showServerIssues, validated } from './schema-form';
import { SubmitButton } from '../../../forms/submit-button';

const fieldId = (field: string) => `close-case-${field}`;

/** Close the case with its reason; "other" needs a note saying why. */
export function CloseCaseForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const close = useCloseCoordinationCase();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState(() => ({ closedOn: osloToday(), reason: '', note: '' }));
  const set = (field: keyof typeof draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    errors.clear([field]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const note = draft.note.trim();
    const input = { caseId, closedOn: draft.closedOn, reason: draft.reason || undefined, note: note || null };
    const data = validated(t, closeCoordinationCaseInput, input, errors);
    if (data) close.mutate(data, { onError: showServerIssues(t, errors) });
  };

  const text = 'health.caseForms.close';
  const e = errors.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t(`${text}.heading`)}>
      <FormErrorSummary errors={e} summaryRef={errors.summaryRef} fieldId={fieldId} label={fieldLabel(t, text)} />
      {close.error && Object.keys(e).length === 0 && <ServerError error={close.error} />}
      <div className="form-grid">
        <TextField
          id={fieldId('closedOn')}
          type="date"
          label={t(`${text}.closedOn`)}
          value={draft.closedOn}
          onChange={(ev) => set('closedOn', ev.target.value)}
          error={e.closedOn}
          required
        />
        <SelectField
          id={fieldId('reason')}
          label={t(`${text}.reason`)}
          value={draft.reason}
          onChange={(ev) => set('reason', ev.target.value)}
          error={e.reason}
          required
        >
          <option value="">{t('form.choose')}</option>
          {closureReason.options.map((reason) => (
            <option key={reason} value={reason}>
              {t(`health.closure.${reason}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField
        id={fieldId('note')}
        label={t(`${text}.note`)}
        description={t(`${text}.noteHelp`)}
        rows={2}
        value={draft.note}
        onChange={(ev) => set('note', ev.target.value)}
        error={e.note}
        required={draft.reason === 'other'}
      />
      <div className="form-actions">
        <SubmitButton variant="secondary" pending={close.isPending} label={t(`${text}.submit`)} />
      </div>
    </form>
  );
}
