import { Alert } from '@digdir/designsystemet-react';
import { addActionInput, type CoordinationCaseView } from '@ankomst/contracts/health';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { formatDate } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useAddCoordinationAction } from '../api/use-health';
import { fieldLabel, showServerIssues, validated } from './schema-form';
import { UnitOptions } from './unit-options';
import { SubmitButton } from '../../../forms/submit-button';

const fieldId = (field: string) => `action-${field}`;
const emptyDraft = (meetingId = '') => ({ meetingId, description: '', responsibleUnit: '', dueOn: '' });
type Draft = ReturnType<typeof emptyDraft>;

/** Agree an action: what, which unit answers for it, by when, and (optionally) in which meeting. */
export function ActionForm({ view }: { view: Pick<CoordinationCaseView, 'id' | 'meetings'> }) {
  const { t, i18n } = useTranslation();
  const add = useAddCoordinationAction();
  const errors = useFieldErrors();
  const latestMeeting = view.meetings.at(-1)?.id ?? '';
  const [draft, setDraft] = useState(() => emptyDraft(latestMeeting));
  const set = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    errors.clear([field]);
    add.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      caseId: view.id,
      meetingId: draft.meetingId || null,
      description: draft.description.trim(),
      responsibleUnit: draft.responsibleUnit || undefined,
      dueOn: draft.dueOn,
    };
    const data = validated(t, addActionInput, input, errors);
    if (data) add.mutate(data, { onSuccess: () => setDraft(emptyDraft(draft.meetingId)), onError: showServerIssues(t, errors) });
  };

  const text = 'health.caseForms.action';
  const e = errors.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t(`${text}.heading`)}>
      <FormErrorSummary errors={e} summaryRef={errors.summaryRef} fieldId={fieldId} label={fieldLabel(t, text)} />
      {add.error && Object.keys(e).length === 0 && <ServerError error={add.error} />}
      {add.isSuccess && <Alert data-color="success">{t(`${text}.saved`)}</Alert>}
      <TextAreaField
        id={fieldId('description')}
        label={t(`${text}.description`)}
        rows={2}
        value={draft.description}
        onChange={(ev) => set('description', ev.target.value)}
        error={e.description}
        required
      />
      <div className="form-grid">
        <SelectField
          id={fieldId('responsibleUnit')}
          label={t(`${text}.responsibleUnit`)}
          value={draft.responsibleUnit}
          onChange={(ev) => set('responsibleUnit', ev.target.value)}
          error={e.responsibleUnit}
          required
        >
          <UnitOptions />
        </SelectField>
        <TextField
          id={fieldId('dueOn')}
          type="date"
          label={t(`${text}.dueOn`)}
          value={draft.dueOn}
          onChange={(ev) => set('dueOn', ev.target.value)}
          error={e.dueOn}
          required
        />
        {view.meetings.length > 0 && (
          <SelectField
            id={fieldId('meetingId')}
            label={t(`${text}.meetingId`)}
            value={draft.meetingId}
            onChange={(ev) => set('meetingId', ev.target.value)}
            error={e.meetingId}
          >
            <option value="">{t(`${text}.noMeeting`)}</option>
            {view.meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {formatDate(meeting.heldOn, i18n.language)}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      <div className="form-actions">
        <SubmitButton pending={add.isPending} label={t(`${text}.submit`)} />
      </div>
    </form>
  );
}
