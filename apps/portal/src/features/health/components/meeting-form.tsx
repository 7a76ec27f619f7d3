import { Alert } from '@digdir/designsystemet-react';
import { recordMeetingInput } from '@ankomst/contracts/health';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { TextAreaField } from '../../../components/text-area-field';
import { osloToday } from '../../../format/format';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { useFieldErrors } from '../../../forms/use-field-errors';
import { useRecordCoordinationMeeting } from '../api/use-health';
import { fieldLabel, showServerIssues, validated } from './schema-form';
import { SubmitButton } from '../../../forms/submit-button';

const fieldId = (field: string) => `meeting-${field}`;
const emptyDraft = () => ({ heldOn: osloToday(), agenda: '', minutes: '' });

/** Plan a meeting with its agenda, or record one held with its minutes. */
export function MeetingForm({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const record = useRecordCoordinationMeeting();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState(emptyDraft);
  const set = (field: keyof ReturnType<typeof emptyDraft>, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    errors.clear([field]);
    record.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const minutes = draft.minutes.trim();
    const data = validated(t, recordMeetingInput, { caseId, ...draft, agenda: draft.agenda.trim(), minutes: minutes || null }, errors);
    if (data) record.mutate(data, { onSuccess: () => setDraft(emptyDraft()), onError: showServerIssues(t, errors) });
  };

  const text = 'health.caseForms.meeting';
  const e = errors.errors;
  return (
    <form onSubmit={submit} noValidate aria-label={t(`${text}.heading`)}>
      <FormErrorSummary errors={e} summaryRef={errors.summaryRef} fieldId={fieldId} label={fieldLabel(t, text)} />
      {record.error && Object.keys(e).length === 0 && <ServerError error={record.error} />}
      {record.isSuccess && <Alert data-color="success">{t(`${text}.saved`)}</Alert>}
      <TextField
        id={fieldId('heldOn')}
        type="date"
        label={t(`${text}.heldOn`)}
        value={draft.heldOn}
        onChange={(ev) => set('heldOn', ev.target.value)}
        error={e.heldOn}
        required
      />
      <TextAreaField
        id={fieldId('agenda')}
        label={t(`${text}.agenda`)}
        value={draft.agenda}
        onChange={(ev) => set('agenda', ev.target.value)}
        error={e.agenda}
        required
      />
      <TextAreaField
        id={fieldId('minutes')}
        label={t(`${text}.minutes`)}
        description={t(`${text}.minutesHelp`)}
        value={draft.minutes}
        onChange={(ev) => set('minutes', ev.target.value)}
        error={e.minutes}
      />
      <div className="form-actions">
        <SubmitButton pending={record.isPending} label={t(`${text}.submit`)} />
      </div>
    </form>
  );
}
