import {
  type ParticipantView,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordMapping,
  updateParticipantFacts,
} from '@ankomst/contracts/introduction';
import { Button, Checkbox, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { osloToday } from '../../../format/format';
import {
  useRecordCareerGuidance,
  useRecordDecision,
  useRecordExit,
  useRecordMapping,
  useUpdateParticipantFacts,
} from '../api/use-introduction';
import { useEndpointForm } from './use-endpoint-form';

const prevent = (run: () => void) => (event: FormEvent) => {
  event.preventDefault();
  run();
};

export function FactsForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useUpdateParticipantFacts();
  const [expectsChild, setExpectsChild] = useState(participant.expectsChild);
  const [livingSituation, setLivingSituation] = useState(participant.livingSituation);
  const [researchOptOut, setResearchOptOut] = useState(participant.researchOptOut);
  const form = useEndpointForm(updateParticipantFacts.input, (input, done) => save.mutate(input, done));
  return (
    <form
      noValidate
      className="stack"
      aria-label={t('intro.facts.title')}
      onSubmit={prevent(() => form.submit({ participantId: participant.id, expectsChild, livingSituation, researchOptOut }))}
    >
      <Checkbox label={t('intro.facts.expectsChild')} checked={expectsChild} onChange={(e) => setExpectsChild(e.target.checked)} />
      <SelectField
        label={t('intro.facts.livingSituation')}
        value={livingSituation}
        onChange={(e) => setLivingSituation(e.target.value as typeof livingSituation)}
        error={form.errors.livingSituation}
      >
        {(['alone', 'with-parents', 'other'] as const).map((v) => (
          <option key={v} value={v}>
            {t(`intro.living.${v}`)}
          </option>
        ))}
      </SelectField>
      <Checkbox label={t('intro.facts.researchOptOut')} checked={researchOptOut} onChange={(e) => setResearchOptOut(e.target.checked)} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t('intro.facts.save')}
        </Button>
      </div>
      {save.isSuccess && <Paragraph role="status">{t('intro.saved')}</Paragraph>}
    </form>
  );
}

export function MappingForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useRecordMapping();
  const m = participant.mapping;
  const [languages, setLanguages] = useState(m?.languages.join(', ') ?? '');
  const [education, setEducation] = useState(m?.education ?? '');
  const [hasUpperSecondary, setHasUpperSecondary] = useState(m?.hasUpperSecondary ?? false);
  const [workExperience, setWorkExperience] = useState(m?.workExperience ?? '');
  const [otherCompetence, setOtherCompetence] = useState(m?.otherCompetence ?? '');
  const [interpreterUsed, setInterpreterUsed] = useState(m?.interpreterUsed ?? false);
  const [mappedOn, setMappedOn] = useState(m?.mappedOn ?? osloToday());
  const form = useEndpointForm(recordMapping.input, (input, done) => save.mutate(input, done));
  const submit = () =>
    form.submit({
      participantId: participant.id,
      languages: languages
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
      education,
      hasUpperSecondary,
      workExperience,
      otherCompetence,
      interpreterUsed,
      mappedOn,
    });
  return (
    <form noValidate className="stack" aria-label={t('intro.mapping.title')} onSubmit={prevent(submit)}>
      <div className="form-grid">
        <TextField
          label={t('intro.mapping.languages')}
          value={languages}
          onChange={(e) => setLanguages(e.target.value)}
          error={form.errors.languages}
        />
        <TextField
          label={t('intro.mapping.education')}
          value={education}
          onChange={(e) => setEducation(e.target.value)}
          error={form.errors.education}
          required
        />
        <TextField
          label={t('intro.mapping.workExperience')}
          value={workExperience}
          onChange={(e) => setWorkExperience(e.target.value)}
          error={form.errors.workExperience}
        />
        <TextField
          label={t('intro.mapping.otherCompetence')}
          value={otherCompetence}
          onChange={(e) => setOtherCompetence(e.target.value)}
          error={form.errors.otherCompetence}
        />
        <TextField
          label={t('intro.mapping.mappedOn')}
          type="date"
          value={mappedOn}
          onChange={(e) => setMappedOn(e.target.value)}
          error={form.errors.mappedOn}
          required
        />
      </div>
      <Checkbox
        label={t('intro.mapping.hasUpperSecondary')}
        checked={hasUpperSecondary}
        onChange={(e) => setHasUpperSecondary(e.target.checked)}
      />
      <Checkbox
        label={t('intro.mapping.interpreterUsed')}
        checked={interpreterUsed}
        onChange={(e) => setInterpreterUsed(e.target.checked)}
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('intro.mapping.save')}
        </Button>
      </div>
      {save.isSuccess && <Paragraph role="status">{t('intro.saved')}</Paragraph>}
    </form>
  );
}

export function CareerGuidanceForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useRecordCareerGuidance();
  const g = participant.careerGuidance;
  const [recommendation, setRecommendation] = useState<'work' | 'education'>(g?.recommendation ?? 'work');
  const [note, setNote] = useState(g?.note ?? '');
  const [recordedOn, setRecordedOn] = useState(g?.recordedOn ?? osloToday());
  const form = useEndpointForm(recordCareerGuidance.input, (input, done) => save.mutate(input, done));
  return (
    <form
      noValidate
      className="stack"
      aria-label={t('intro.guidance.title')}
      onSubmit={prevent(() => form.submit({ participantId: participant.id, recommendation, note, recordedOn }))}
    >
      <div className="form-grid">
        <SelectField
          label={t('intro.guidance.recommendation')}
          value={recommendation}
          onChange={(e) => setRecommendation(e.target.value as 'work' | 'education')}
        >
          <option value="work">{t('intro.guidance.work')}</option>
          <option value="education">{t('intro.guidance.education')}</option>
        </SelectField>
        <TextField label={t('intro.guidance.note')} value={note} onChange={(e) => setNote(e.target.value)} error={form.errors.note} />
        <TextField
          label={t('intro.guidance.recordedOn')}
          type="date"
          value={recordedOn}
          onChange={(e) => setRecordedOn(e.target.value)}
          error={form.errors.recordedOn}
          required
        />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('intro.guidance.save')}
        </Button>
      </div>
    </form>
  );
}

export function DecisionForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useRecordDecision();
  const [outcome, setOutcome] = useState<'granted' | 'refused'>('granted');
  const [decidedOn, setDecidedOn] = useState(osloToday());
  const [reason, setReason] = useState('');
  const [appealInformation, setAppealInformation] = useState(t('intro.decision.appealDefault'));
  const form = useEndpointForm(recordDecision.input, (input, done) => save.mutate(input, done));
  const ready = participant.mapping && participant.careerGuidance;
  if (!ready) return <Paragraph>{t('intro.decision.mappingFirst')}</Paragraph>;
  return (
    <form
      noValidate
      className="stack"
      aria-label={t('intro.decision.title')}
      onSubmit={prevent(() => form.submit({ participantId: participant.id, outcome, decidedOn, reason, appealInformation }))}
    >
      <div className="form-grid">
        <SelectField
          label={t('intro.decision.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as 'granted' | 'refused')}
        >
          <option value="granted">{t('intro.decision.granted')}</option>
          <option value="refused">{t('intro.decision.refused')}</option>
        </SelectField>
        <TextField
          label={t('intro.decision.decidedOn')}
          type="date"
          value={decidedOn}
          onChange={(e) => setDecidedOn(e.target.value)}
          error={form.errors.decidedOn}
          required
        />
        <TextField
          label={t('intro.decision.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.errors.reason}
          required={outcome === 'refused'}
        />
        <TextField
          label={t('intro.decision.appeal')}
          value={appealInformation}
          onChange={(e) => setAppealInformation(e.target.value)}
          error={form.errors.appealInformation}
          required
        />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('intro.decision.save')}
        </Button>
      </div>
      {save.error && Object.keys(form.errors).length === 0 && <ServerError error={save.error} />}
    </form>
  );
}

export function ExitForm({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const save = useRecordExit();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [exitedOn, setExitedOn] = useState(osloToday());
  const [note, setNote] = useState('');
  const form = useEndpointForm(recordExit.input, (input, done) => save.mutate(input, done));
  return (
    <form
      noValidate
      className="stack"
      aria-label={t('intro.exit.title')}
      onSubmit={prevent(() => form.submit({ participantId: participant.id, reason, outcome, exitedOn, note: note.trim() ? note : null }))}
    >
      <div className="form-grid">
        <SelectField
          label={t('intro.exit.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={form.errors.reason}
          required
        >
          <option value="">{t('form.choose')}</option>
          {(['goal-reached', 'time-used', 'quit', 'moved', 'other'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`intro.exitReason.${v}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('intro.exit.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value)}
          error={form.errors.outcome}
          required
        >
          <option value="">{t('form.choose')}</option>
          {(['work-full-time', 'work-part-time', 'education', 'primary-school', 'other'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`intro.exitOutcome.${v}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('intro.exit.exitedOn')}
          type="date"
          value={exitedOn}
          onChange={(e) => setExitedOn(e.target.value)}
          error={form.errors.exitedOn}
          required
        />
        <TextField label={t('intro.exit.note')} value={note} onChange={(e) => setNote(e.target.value)} error={form.errors.note} />
      </div>
      <div className="form-actions">
        <Button type="submit" data-color="danger" disabled={save.isPending}>
          {t('intro.exit.save')}
        </Button>
      </div>
      {save.error && Object.keys(form.errors).length === 0 && <ServerError error={save.error} />}
    </form>
  );
}
