import { todayInOslo } from '@ankomst/contracts';
import { endMatchInput, type MatchView } from '@ankomst/contracts/volunteering';
import { Button, Checkbox, Paragraph, Tag, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useEndMatch, useMatches, useRefugeeAnswer } from '../api/use-volunteering';

const reasons = endMatchInput.shape.reason.options;

/** Matches: the refugee's answer to a proposal, follow-up (30 days without contact flagged), the end with an evaluation. */
export default function MatchesPage() {
  const { t, i18n } = useTranslation();
  const list = useMatches();
  const answer = useRefugeeAnswer();
  const [ending, setEnding] = useState<MatchView>();
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const status = (match: MatchView) => t(`matchesPage.statuses.${match.status}`);
  const columns: TableColumn<MatchView>[] = [
    {
      id: 'pair',
      header: t('matchesPage.pair'),
      cell: (match) => `${match.guideName} – ${match.refugeeName}`,
      sortValue: (match) => `${match.guideName} – ${match.refugeeName}`,
    },
    {
      id: 'status',
      header: t('matchesPage.status'),
      cell: (match) => (
        <>
          {status(match)}
          {match.status === 'proposed' && (
            <Paragraph data-size="sm">
              {t('matchesPage.accepted', { volunteer: yesNo(match.volunteerAccepted), refugee: yesNo(match.refugeeAccepted) })}
            </Paragraph>
          )}
          {match.agreementEndsOn && (
            <Paragraph data-size="sm">
              {t('matchesPage.agreement', { hours: match.hoursPerMonth, date: formatDate(match.agreementEndsOn, i18n.language) })}
            </Paragraph>
          )}
        </>
      ),
      sortValue: status,
    },
    {
      id: 'hours',
      header: t('matchesPage.hours'),
      cell: (match) => (match.totalMinutes / 60).toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
      sortValue: (match) => match.totalMinutes,
    },
    {
      id: 'lastContact',
      header: t('matchesPage.lastContact'),
      cell: (match) => (
        <>
          {match.lastContactOn ? formatDate(match.lastContactOn, i18n.language) : '–'}
          {match.noContactFlag && (
            <Tag data-color="danger" data-size="sm">
              {t('matchesPage.noContact', { count: match.daysWithoutContact ?? 0 })}
            </Tag>
          )}
        </>
      ),
      sortValue: (match) => match.lastContactOn,
    },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (match) => (
        <>
          {match.status === 'proposed' && !match.refugeeAccepted && (
            <>
              <Button data-size="sm" onClick={() => answer.mutate({ matchId: match.id, accept: true })}>
                {t('matchesPage.refugeeYes')}
              </Button>{' '}
              <Button data-size="sm" variant="secondary" onClick={() => answer.mutate({ matchId: match.id, accept: false })}>
                {t('matchesPage.refugeeNo')}
              </Button>
            </>
          )}
          {match.status === 'active' && (
            <Button data-size="sm" variant="secondary" onClick={() => setEnding(match)}>
              {t('matchesPage.end')}
            </Button>
          )}
        </>
      ),
    },
  ];

  return (
    <Page title={t('matchesPage.title')} lead={t('matchesPage.lead')}>
      <Section title={t('matchesPage.title')} id="matches">
        <DataTable
          caption={t('matchesPage.title')}
          columns={columns}
          rows={list.data?.items}
          rowKey={(match) => match.id}
          rowTestId={() => 'match-row'}
          query={{ isPending: list.isPending, error: list.error, feature: t('matchesPage.title') }}
          emptyText={t('matchesPage.empty')}
        />
        {answer.error && <ServerError error={answer.error} />}
      </Section>
      {ending && <EndMatchForm match={ending} onDone={() => setEnding(undefined)} />}
    </Page>
  );
}

function EndMatchForm({ match, onDone }: { match: MatchView; onDone: () => void }) {
  const { t } = useTranslation();
  const end = useEndMatch();
  const [endedOn, setEndedOn] = useState(todayInOslo());
  const [reason, setReason] = useState<(typeof reasons)[number]>('agreement-completed');
  const [evaluation, setEvaluation] = useState('');
  const [continues, setContinues] = useState(false);
  return (
    <Section title={t('matchesPage.end')} id="end-match">
      <TextField type="date" label={t('matchesPage.endedOn')} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} />
      <SelectField label={t('matchesPage.reason')} value={reason} onChange={(e) => setReason(e.target.value as (typeof reasons)[number])}>
        {reasons.map((r) => (
          <option key={r} value={r}>
            {t(`volunteering.reasons.${r}`)}
          </option>
        ))}
      </SelectField>
      <label htmlFor="end-evaluation">{t('matchesPage.evaluation')}</label>
      <Textarea id="end-evaluation" rows={3} value={evaluation} onChange={(e) => setEvaluation(e.target.value)} />
      <Checkbox label={t('matchesPage.continues')} checked={continues} onChange={(e) => setContinues(e.target.checked)} />
      <Button onClick={() => end.mutate({ matchId: match.id, endedOn, reason, evaluation, continues }, { onSuccess: onDone })}>
        {t('matchesPage.end')}
      </Button>
      {end.error && <ServerError error={end.error} />}
    </Section>
  );
}
