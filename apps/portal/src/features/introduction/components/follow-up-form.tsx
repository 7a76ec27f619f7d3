import { type ParticipantView, recordFollowUp } from '@ankomst/contracts/introduction';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { formatDate, osloToday } from '../../../format/format';
import { useRecordFollowUp } from '../api/use-introduction';
import { useEndpointForm } from './use-endpoint-form';

const statuses = ['work-full-time', 'work-part-time', 'education', 'other'] as const;

/**
 * The status one year after the exit, behind the 70 % target. Shown once the participant has
 * exited; the form opens on the day the follow-up is due (the exit date + 1 year). A new
 * registration replaces the last one (a correction).
 */
export function FollowUpForm({ participant }: { participant: ParticipantView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const save = useRecordFollowUp();
  const current = participant.followUp;
  const dueOn = participant.followUpDueOn;
  const [status, setStatus] = useState<string>(current?.status ?? '');
  const [observedOn, setObservedOn] = useState(current?.observedOn ?? osloToday());
  const [note, setNote] = useState(current?.note ?? '');
  const form = useEndpointForm(recordFollowUp.input, (input, done) => save.mutate(input, done));
  if (!dueOn) return null;
  const due = osloToday() >= dueOn;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ participantId: participant.id, status, observedOn, note: note.trim() ? note : null });
  };
  return (
    <div className="stack">
      {current ? (
        <Paragraph data-testid="follow-up">
          {t('intro.followUp.current', { status: t(`intro.exitOutcome.${current.status}`), date: formatDate(current.observedOn, lang) })}
          {current.note ? ` – ${current.note}` : ''}
        </Paragraph>
      ) : (
        <Paragraph data-testid="follow-up-due">
          {t(due ? 'intro.followUp.dueSince' : 'intro.followUp.dueOn', { date: formatDate(dueOn, lang) })}
        </Paragraph>
      )}
      {due && (
        <form noValidate className="stack" aria-label={t('intro.followUp.title')} onSubmit={submit}>
          <div className="form-grid">
            <SelectField
              label={t('intro.followUp.status')}
              value={status}
              onChange={(e) => setStatus(e.target.value)}
              error={form.errors.status}
              required
            >
              <option value="">{t('form.choose')}</option>
              {statuses.map((v) => (
                <option key={v} value={v}>
                  {t(`intro.exitOutcome.${v}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('intro.followUp.observedOn')}
              description={t('intro.followUp.observedOnHelp', { date: formatDate(dueOn, lang) })}
              type="date"
              min={dueOn}
              max={osloToday()}
              value={observedOn}
              onChange={(e) => setObservedOn(e.target.value)}
              error={form.errors.observedOn}
              required
            />
            <TextField label={t('intro.followUp.note')} value={note} onChange={(e) => setNote(e.target.value)} error={form.errors.note} />
          </div>
          <div className="form-actions">
            <Button type="submit" variant={current ? 'secondary' : 'primary'} disabled={save.isPending}>
              {t(current ? 'intro.followUp.correct' : 'intro.followUp.save')}
            </Button>
          </div>
          {save.isSuccess && <Paragraph role="status">{t('intro.saved')}</Paragraph>}
          {save.error && Object.keys(form.errors).length === 0 && <ServerError error={save.error} />}
        </form>
      )}
    </div>
  );
}
