import { measureCatalogue, type MeasureKind, type ParticipantView, type PlanVersionView, savePlan } from '@ankomst/contracts/introduction';
import { Button, Checkbox, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { formatDate, formatDateTime } from '../../../format/format';
import { usePlanVersions, useSavePlan } from '../api/use-introduction';
import { useEndpointForm } from './use-endpoint-form';

interface MeasureRow {
  kind: MeasureKind;
  description: string;
  hoursPerWeek: string;
  from: string;
  to: string;
}

const groups = ['work-or-higher-education', 'upper-secondary-under-25', 'upper-secondary-25-plus', 'work-or-basic-education'] as const;
const levels = ['A1', 'A2', 'B1', 'B2', 'C1'] as const;

/** The integration plan: the editor saves a new version with its reason; the history shows every version with its full-time check. */
export function PlanPanel({ participant }: { participant: ParticipantView }) {
  const { t } = useTranslation();
  const versions = usePlanVersions(participant.id);
  const current = versions.data?.versions[0];
  return (
    <div className="stack">
      {versions.error && <ServerError error={versions.error} />}
      {current && <FullTimeCheck plan={current} />}
      {versions.data && <PlanEditor key={current?.version ?? 0} participant={participant} current={current} />}
      {versions.data && versions.data.versions.length > 0 && (
        <details>
          <summary>{t('intro.plan.history', { count: versions.data.versions.length })}</summary>
          <ol className="timeline" data-testid="plan-history">
            {versions.data.versions.map((v) => (
              <li key={v.version}>
                {t('intro.plan.version', { version: v.version })} · {formatDateTime(v.createdAt, 'nb')} · {v.reason} ·{' '}
                {t(`intro.group.${v.sluttmaalGroup}`)} · {formatDate(v.startDate, 'nb')}–{formatDate(v.endDate, 'nb')}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}

function FullTimeCheck({ plan }: { plan: PlanVersionView }) {
  const { t, i18n } = useTranslation();
  const short = plan.fullTime.weeks.filter((w) => !w.fullTime);
  return (
    <div data-testid="full-time-check" className="stack">
      <Paragraph>
        {plan.fullTime.complete ? (
          <Tag data-color="success">{t('intro.plan.fullTimeOk')}</Tag>
        ) : (
          <Tag data-color="warning">{t('intro.plan.fullTimeNot')}</Tag>
        )}{' '}
        {t('intro.plan.weeksShort', { count: short.length, total: plan.fullTime.weeks.length })}
      </Paragraph>
      {plan.fullTime.missing.length > 0 && (
        <Paragraph data-testid="missing-mandatory">
          {t('intro.plan.missing')}:{' '}
          {plan.fullTime.missing.map((m) => t(m === 'work-or-education' ? 'intro.workOrEducation' : `intro.measure.${m}`)).join(', ')}
        </Paragraph>
      )}
      <details>
        <summary>{t('intro.plan.weeks')}</summary>
        <Table data-size="sm">
          <caption className="sr-only">{t('intro.plan.weeks')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('intro.plan.week')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('intro.plan.hours')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('intro.plan.required')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {plan.fullTime.weeks.slice(0, 60).map((w) => (
              <Table.Row key={w.weekStart}>
                <Table.Cell>{formatDate(w.weekStart, i18n.language)}</Table.Cell>
                <Table.Cell>{w.hours}</Table.Cell>
                <Table.Cell>
                  {w.requiredHours} {w.fullTime ? '✓' : '✗'}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </details>
    </div>
  );
}

function PlanEditor({ participant, current }: { participant: ParticipantView; current: PlanVersionView | undefined }) {
  const { t } = useTranslation();
  const save = useSavePlan();
  const [group, setGroup] = useState<string>(current?.sluttmaalGroup ?? (participant.mapping?.hasUpperSecondary ? groups[0] : groups[3]));
  const [goal, setGoal] = useState(current?.goal ?? '');
  const [norwegianGoal, setNorwegianGoal] = useState<string>(current?.norwegianGoal ?? 'A2');
  const [startDate, setStartDate] = useState(current?.startDate ?? participant.decision?.decidedOn ?? '');
  const [endDate, setEndDate] = useState(current?.endDate ?? '');
  const [extended, setExtended] = useState(current?.extended ?? false);
  const [extensionReason, setExtensionReason] = useState(current?.extensionReason ?? '');
  const [contractSignedOn, setContractSignedOn] = useState(current?.contractSignedOn ?? '');
  const [reason, setReason] = useState('');
  const [measures, setMeasures] = useState<MeasureRow[]>(
    current?.measures.map((m) => ({ ...m, hoursPerWeek: String(m.hoursPerWeek) })) ?? [],
  );
  const form = useEndpointForm(savePlan.input, (input, done) => save.mutate(input, { ...done, onSuccess: () => setReason('') }));
  const update = (i: number, change: Partial<MeasureRow>) =>
    setMeasures((rows) => rows.map((row, j) => (j === i ? { ...row, ...change } : row)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.submit({
      participantId: participant.id,
      sluttmaalGroup: group,
      goal,
      norwegianGoal,
      startDate,
      endDate,
      extended,
      extensionReason: extended ? extensionReason : null,
      contractSignedOn: contractSignedOn || null,
      measures: measures.map((m) => ({ ...m, hoursPerWeek: Number(m.hoursPerWeek.replace(',', '.')) })),
      reason,
      basedOnVersion: current?.version ?? 0,
    });
  };
  return (
    <form noValidate className="stack" aria-label={t('intro.plan.editor')} onSubmit={submit}>
      <div className="form-grid">
        <SelectField
          label={t('intro.plan.group')}
          value={group}
          onChange={(e) => setGroup(e.target.value)}
          error={form.errors.sluttmaalGroup}
        >
          {groups.map((g) => (
            <option key={g} value={g}>
              {t(`intro.group.${g}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('intro.plan.goal')} value={goal} onChange={(e) => setGoal(e.target.value)} error={form.errors.goal} required />
        <SelectField label={t('intro.plan.norwegianGoal')} value={norwegianGoal} onChange={(e) => setNorwegianGoal(e.target.value)}>
          {levels.map((l) => (
            <option key={l}>{l}</option>
          ))}
        </SelectField>
        <TextField
          label={t('intro.plan.startDate')}
          type="date"
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={form.errors.startDate}
          required
        />
        <TextField
          label={t('intro.plan.endDate')}
          description={current ? t('intro.plan.window', { latest: formatDate(current.window.latestOrdinaryEnd, 'nb') }) : undefined}
          type="date"
          value={endDate}
          onChange={(e) => setEndDate(e.target.value)}
          error={form.errors.endDate}
          required
        />
        <TextField
          label={t('intro.plan.contractSignedOn')}
          type="date"
          value={contractSignedOn}
          onChange={(e) => setContractSignedOn(e.target.value)}
          error={form.errors.contractSignedOn}
        />
      </div>
      <Checkbox label={t('intro.plan.extended')} checked={extended} onChange={(e) => setExtended(e.target.checked)} />
      {extended && (
        <TextField
          label={t('intro.plan.extensionReason')}
          value={extensionReason}
          onChange={(e) => setExtensionReason(e.target.value)}
          error={form.errors.extensionReason}
          required
        />
      )}
      <Heading level={4} data-size="2xs">
        {t('intro.plan.measures')}
      </Heading>
      {measures.map((m, i) => (
        <fieldset key={i} className="form-grid" aria-label={t('intro.plan.measureN', { n: i + 1 })}>
          <SelectField label={t('intro.plan.kind')} value={m.kind} onChange={(e) => update(i, { kind: e.target.value as MeasureKind })}>
            {measureCatalogue.map((c) => (
              <option key={c.kind} value={c.kind}>
                {t(`intro.measure.${c.kind}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('intro.plan.description')}
            value={m.description}
            onChange={(e) => update(i, { description: e.target.value })}
          />
          <TextField
            label={t('intro.plan.hoursPerWeek')}
            inputMode="decimal"
            value={m.hoursPerWeek}
            onChange={(e) => update(i, { hoursPerWeek: e.target.value })}
            error={form.errors[`measures.${i}.hoursPerWeek`]}
          />
          <TextField
            label={t('intro.plan.from')}
            type="date"
            value={m.from}
            onChange={(e) => update(i, { from: e.target.value })}
            error={form.errors[`measures.${i}.from`]}
          />
          <TextField
            label={t('intro.plan.to')}
            type="date"
            value={m.to}
            onChange={(e) => update(i, { to: e.target.value })}
            error={form.errors[`measures.${i}.to`]}
          />
          <Button type="button" variant="tertiary" onClick={() => setMeasures((rows) => rows.filter((_, j) => j !== i))}>
            {t('intro.plan.removeMeasure')}
          </Button>
        </fieldset>
      ))}
      <div>
        <Button
          type="button"
          variant="secondary"
          onClick={() =>
            setMeasures((rows) => [...rows, { kind: 'norwegian', description: '', hoursPerWeek: '', from: startDate, to: endDate }])
          }
        >
          {t('intro.plan.addMeasure')}
        </Button>
      </div>
      <TextField
        label={t('intro.plan.reason')}
        description={t('intro.plan.reasonHelp')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.errors.reason}
        required
      />
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('intro.plan.save')}
        </Button>
      </div>
      {save.error && Object.keys(form.errors).length === 0 && <ServerError error={save.error} />}
    </form>
  );
}
