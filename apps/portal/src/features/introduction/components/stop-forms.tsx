import { type ParticipantView, recordStop, resumeProgramme } from '@ankomst/contracts/introduction';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { formatDate, osloToday } from '../../../format/format';
import { useRecordStop, useResumeProgramme } from '../api/use-introduction';
import { useEndpointForm } from './use-endpoint-form';

/**
 * The stop by decision: temporary (at most 3 months, with its end) or permanent, with the ground.
 * A stopped participant shows the stop; a temporary one can be resumed here.
 */
export function StopPanel({ participant }: { participant: ParticipantView }) {
  const { t, i18n } = useTranslation();
  const stop = participant.stop;
  if (participant.status === 'stopped' && stop) {
    return (
      <div className="stack">
        <Paragraph data-testid="stop">
          {t(`intro.stop.current.${stop.kind}`, {
            from: formatDate(stop.from, i18n.language),
            to: formatDate(stop.to, i18n.language),
          })}{' '}
          – {stop.ground}
        </Paragraph>
        {stop.kind === 'temporary' && <ResumeForm participant={participant} />}
      </div>
    );
  }
  return <StopForm participant={participant} />;
}

function StopForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useRecordStop();
  const [kind, setKind] = useState<string>('temporary');
  const [ground, setGround] = useState('');
  const [from, setFrom] = useState(osloToday());
  const [to, setTo] = useState('');
  const form = useEndpointForm(recordStop.input, (input, done) => save.mutate(input, done));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ participantId: participant.id, kind, ground, from, to: kind === 'temporary' && to ? to : null });
  };
  return (
    <form noValidate className="stack" aria-label={t('intro.stop.title')} onSubmit={submit}>
      <div className="form-grid">
        <SelectField label={t('intro.stop.kind')} value={kind} onChange={(e) => setKind(e.target.value)} error={form.errors.kind} required>
          <option value="temporary">{t('intro.stop.temporary')}</option>
          <option value="permanent">{t('intro.stop.permanent')}</option>
        </SelectField>
        <TextField
          label={t('intro.stop.ground')}
          value={ground}
          onChange={(e) => setGround(e.target.value)}
          error={form.errors.ground}
          required
        />
        <TextField
          label={t('intro.stop.from')}
          description={t('intro.stop.fromHelp')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={form.errors.from}
          required
        />
        {kind === 'temporary' && (
          <TextField
            label={t('intro.stop.to')}
            description={t('intro.stop.toHelp')}
            type="date"
            min={from}
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={form.errors.to}
            required
          />
        )}
      </div>
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t('intro.stop.save')}
        </Button>
      </div>
      {save.error && Object.keys(form.errors).length === 0 && <ServerError error={save.error} />}
    </form>
  );
}

function ResumeForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useResumeProgramme();
  const [resumedOn, setResumedOn] = useState(osloToday());
  const form = useEndpointForm(resumeProgramme.input, (input, done) => save.mutate(input, done));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({ participantId: participant.id, resumedOn });
  };
  return (
    <form noValidate className="stack" aria-label={t('intro.stop.resumeTitle')} onSubmit={submit}>
      <TextField
        label={t('intro.stop.resumedOn')}
        type="date"
        value={resumedOn}
        onChange={(e) => setResumedOn(e.target.value)}
        error={form.errors.resumedOn}
        required
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('intro.stop.resume')}
        </Button>
      </div>
      {save.error && Object.keys(form.errors).length === 0 && <ServerError error={save.error} />}
    </form>
  );
}
