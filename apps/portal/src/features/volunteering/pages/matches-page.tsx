import { todayInOslo } from '@ankomst/contracts';
import { endMatchInput, type MatchView } from '@ankomst/contracts/volunteering';
import { Button, Checkbox, Paragraph, Table, Tag, Textarea } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useEndMatch, useMatches, useRefugeeAnswer } from '../api/use-volunteering';

const reasons = endMatchInput.shape.reason.options;

/** Matches: the refugee's answer to a proposal, follow-up (30 days without contact flagged), the end with an evaluation. */
export default function MatchesPage() {
  const { t, i18n } = useTranslation();
  const list = useMatches();
  const answer = useRefugeeAnswer();
  const [ending, setEnding] = useState<MatchView>();
  const items = list.data?.items ?? [];
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));

  return (
    <Page title={t('matchesPage.title')} lead={t('matchesPage.lead')}>
      <Section title={t('matchesPage.title')} id="matches">
        <QueryState error={list.error} isPending={list.isPending} feature={t('matchesPage.title')} />
        {list.data && items.length === 0 && <EmptyState text={t('matchesPage.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('matchesPage.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('matchesPage.pair')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('matchesPage.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('matchesPage.hours')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('matchesPage.lastContact')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((match) => (
                  <Table.Row key={match.id} data-testid="match-row">
                    <Table.Cell>
                      {match.guideName} – {match.refugeeName}
                    </Table.Cell>
                    <Table.Cell>
                      {t(`matchesPage.statuses.${match.status}`)}
                      {match.status === 'proposed' && (
                        <Paragraph data-size="sm">
                          {t('matchesPage.accepted', { volunteer: yesNo(match.volunteerAccepted), refugee: yesNo(match.refugeeAccepted) })}
                        </Paragraph>
                      )}
                      {match.agreementEndsOn && (
                        <Paragraph data-size="sm">
                          {t('matchesPage.agreement', {
                            hours: match.hoursPerMonth,
                            date: formatDate(match.agreementEndsOn, i18n.language),
                          })}
                        </Paragraph>
                      )}
                    </Table.Cell>
                    <Table.Cell>{(match.totalMinutes / 60).toLocaleString(i18n.language, { maximumFractionDigits: 1 })}</Table.Cell>
                    <Table.Cell>
                      {match.lastContactOn ? formatDate(match.lastContactOn, i18n.language) : '–'}
                      {match.noContactFlag && (
                        <Tag data-color="danger" data-size="sm">
                          {t('matchesPage.noContact', { count: match.daysWithoutContact ?? 0 })}
                        </Tag>
                      )}
                    </Table.Cell>
                    <Table.Cell>
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
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
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
