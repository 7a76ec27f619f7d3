import { todayInOslo } from '@ankomst/contracts';
import { type GuideDetail, type GuideSummary, screeningSteps, type ScreeningStep } from '@ankomst/contracts/volunteering';
import { Alert, Button, Checkbox, Paragraph, Tag, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { QueryState, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useDecideGuide, useGuide, useGuides, useRecordScreeningStep } from '../api/use-volunteering';

const stepDate = (guide: GuideDetail, step: ScreeningStep): string | null =>
  ({
    interview: guide.interviewOn,
    'start-course': guide.startCourseOn,
    'first-aid': guide.firstAidOn,
    'ethics-declaration': guide.ethicsSignedOn,
    'police-certificate': guide.policeCertificate?.seenOn ?? null,
    evaluation: guide.lastEvaluationOn,
  })[step];

/** A blocker in words: "<step> missing" from the step's name, the rest by their own text. */
export function blockerText(t: (key: string, options?: Record<string, string>) => string, blocker: string): string {
  const step = /^(.*)-missing$/.exec(blocker)?.[1];
  return step && step !== 'guardian-consent'
    ? t('volunteering.missing', { step: t(`volunteering.steps.${step}`) })
    : t(`volunteering.blockers.${blocker}`);
}

/** The coordinator's list of volunteers and one volunteer's screening: steps in order, then the decision. */
export default function VolunteersPage() {
  const { t, i18n } = useTranslation();
  const list = useGuides();
  const [selected, setSelected] = useState<string>();
  const role = (guide: GuideSummary) => t(`volunteering.roles.${guide.role}`);
  const status = (guide: GuideSummary) => t(`volunteering.statuses.${guide.status}`);
  const next = (guide: GuideSummary) => (guide.nextStep ? t(`volunteering.steps.${guide.nextStep}`) : '–');
  const columns: TableColumn<GuideSummary>[] = [
    {
      id: 'name',
      header: t('volunteersPage.name'),
      cell: (guide) => (
        <>
          <Button
            variant="tertiary"
            data-size="sm"
            onClick={() => setSelected(guide.id)}
            aria-label={t('volunteersPage.open', { name: guide.name })}
          >
            {guide.name}
          </Button>
          {guide.repeatedSignUps > 0 && (
            <Tag data-color="warning" data-size="sm">
              {t('volunteersPage.repeated', { count: guide.repeatedSignUps })}
            </Tag>
          )}
        </>
      ),
      sortValue: (guide) => guide.name,
    },
    { id: 'role', header: t('volunteersPage.role'), cell: role, sortValue: role },
    { id: 'status', header: t('volunteersPage.status'), cell: status, sortValue: status },
    { id: 'next', header: t('volunteersPage.next'), cell: next, sortValue: next },
    {
      id: 'signedUp',
      header: t('volunteersPage.signedUp'),
      cell: (guide) => formatDate(guide.signedUpOn, i18n.language),
      sortValue: (guide) => guide.signedUpOn,
    },
  ];

  return (
    <Page title={t('volunteersPage.title')}>
      <Section title={t('volunteersPage.title')} id="volunteers">
        <DataTable
          caption={t('volunteersPage.title')}
          columns={columns}
          rows={list.data?.items}
          rowKey={(guide) => guide.id}
          query={{ isPending: list.isPending, error: list.error, feature: t('volunteersPage.title') }}
          emptyText={t('volunteersPage.empty')}
        />
      </Section>
      {selected && <GuideScreening guideId={selected} />}
    </Page>
  );
}

function GuideScreening({ guideId }: { guideId: string }) {
  const { t, i18n } = useTranslation();
  const guide = useGuide(guideId);
  const record = useRecordScreeningStep();
  const decide = useDecideGuide();
  const [on, setOn] = useState(todayInOslo());
  const [certificateDate, setCertificateDate] = useState('');
  const [noRemarks, setNoRemarks] = useState(true);
  const [reason, setReason] = useState('');
  const data = guide.data;
  if (!data) return <QueryState error={guide.error} isPending={guide.isPending} feature={t('volunteersPage.title')} />;
  const needsCertificate = data.role === 'friend-family' || data.role === 'youth-buddy';
  const steps = screeningSteps.filter((step) => step !== 'police-certificate' || needsCertificate);

  return (
    <Section title={t('volunteersPage.detail', { name: data.name })} id="screening">
      <Paragraph data-size="sm">
        {t('volunteersPage.contact')}: {data.email}
        {data.phone ? ` · ${data.phone}` : ''} · {t(`volunteering.roles.${data.role}`)} · {data.languages.join(', ')} · {data.area}
      </Paragraph>
      <Paragraph data-size="sm">
        {t('volunteersPage.motivation')}: {data.motivation}
      </Paragraph>
      <Paragraph data-testid="guide-blockers">
        {data.blockers.length === 0
          ? t('volunteersPage.matchable')
          : t('volunteersPage.blocked', { blockers: data.blockers.map((b) => blockerText(t, b)).join(', ') })}
      </Paragraph>
      {data.expiring.map((e) => (
        <Paragraph key={e.item} data-size="sm">
          {t('volunteersPage.expiring', { item: t(`volunteering.steps.${e.item}`), date: formatDate(e.reminder.dueOn, i18n.language) })}
        </Paragraph>
      ))}
      <TextField type="date" label={t('volunteersPage.on')} value={on} onChange={(e) => setOn(e.target.value)} />
      {needsCertificate && (
        <>
          <TextField
            type="date"
            label={t('volunteersPage.certificateDate')}
            description={t('volunteersPage.certificateNote')}
            value={certificateDate}
            onChange={(e) => setCertificateDate(e.target.value)}
          />
          <Checkbox label={t('volunteersPage.noRemarks')} checked={noRemarks} onChange={(e) => setNoRemarks(e.target.checked)} />
        </>
      )}
      <ul className="stack" aria-label={t('volunteersPage.stepsTitle')}>
        {steps.map((step) => {
          const done = stepDate(data, step);
          return (
            <li key={step} data-testid={`step-${step}`}>
              <strong>{t(`volunteering.steps.${step}`)}</strong>:{' '}
              {done ? t('volunteersPage.done', { date: formatDate(done, i18n.language) }) : '–'}
              {step === 'police-certificate' && data.policeCertificate && (
                <>
                  {' '}
                  ·{' '}
                  {t('volunteersPage.seenBy', {
                    who: data.policeCertificate.seenBy,
                    date: formatDate(data.policeCertificate.seenOn, i18n.language),
                  })}
                </>
              )}{' '}
              {!done && (
                <Button
                  variant="secondary"
                  data-size="sm"
                  disabled={record.isPending}
                  onClick={() =>
                    record.mutate({
                      guideId,
                      step,
                      on,
                      ...(step === 'police-certificate' ? { certificateDate: certificateDate || on, noRemarks } : {}),
                    })
                  }
                >
                  {t('volunteersPage.recordStep')} {t(`volunteering.steps.${step}`).toLowerCase()}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {record.error && <ServerError error={record.error} />}
      {data.status === 'applicant' && (
        <div className="stack">
          <Button onClick={() => decide.mutate({ guideId, decision: 'approve' })} disabled={decide.isPending}>
            {t('volunteersPage.approve')}
          </Button>
          <label htmlFor="reject-reason">{t('volunteersPage.rejectReason')}</label>
          <Textarea id="reject-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button variant="secondary" onClick={() => decide.mutate({ guideId, decision: 'reject', reason })} disabled={decide.isPending}>
            {t('volunteersPage.reject')}
          </Button>
        </div>
      )}
      {decide.error && <ServerError error={decide.error} />}
      {decide.isSuccess && (
        <Alert data-color="success" role="status" data-testid="guide-decided">
          {t('volunteersPage.decided')} {t(`volunteering.statuses.${data.status}`)}
        </Alert>
      )}
    </Section>
  );
}
