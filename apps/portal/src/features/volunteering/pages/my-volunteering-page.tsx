import { todayInOslo } from '@ankomst/contracts';
import type { OwnMatchView } from '@ankomst/contracts/volunteering';
import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { serverFieldErrors } from '../../../forms/rule-messages';
import { useAnswerMatch, useClaimInvitation, useLogContact, useMyMatches } from '../api/use-volunteering';

/** The volunteer's own page: only their own matches, contact log and hours (the service sends nothing else). */
export default function MyVolunteeringPage() {
  const { t } = useTranslation();
  const mine = useMyMatches();
  const claim = useClaimInvitation();
  const [code, setCode] = useState('');

  return (
    <Page title={t('myVolunteeringPage.title')}>
      <QueryState error={mine.error} isPending={mine.isPending} feature={t('myVolunteeringPage.title')} />
      {mine.data && !mine.data.linked && (
        <Section title={t('myVolunteeringPage.claimTitle')} id="claim">
          <Paragraph>{t('myVolunteeringPage.claimLead')}</Paragraph>
          <form
            className="stack"
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              claim.mutate({ code });
            }}
          >
            <TextField
              label={t('myVolunteeringPage.code')}
              value={code}
              autoComplete="one-time-code"
              onChange={(e) => setCode(e.target.value)}
            />
            <Button type="submit" disabled={claim.isPending}>
              {t('myVolunteeringPage.claim')}
            </Button>
          </form>
          {claim.error && <ServerError error={claim.error} />}
        </Section>
      )}
      {mine.data?.linked && mine.data.items.length === 0 && <EmptyState text={t('myVolunteeringPage.empty')} />}
      {mine.data?.items.map((match) => (
        <OwnMatch key={match.id} match={match} />
      ))}
    </Page>
  );
}

function OwnMatch({ match }: { match: OwnMatchView }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerMatch();
  const log = useLogContact();
  const [on, setOn] = useState(todayInOslo());
  const [minutes, setMinutes] = useState('60');
  const [note, setNote] = useState('');
  const errors = serverFieldErrors(t, log.error);
  const hours = (match.totalMinutes / 60).toLocaleString(i18n.language, { maximumFractionDigits: 1 });

  return (
    <Section title={t('myVolunteeringPage.with', { name: match.refugeeName })} id={`match-${match.id}`}>
      <div data-testid="own-match">
        <Paragraph>
          {t(`matchesPage.statuses.${match.status}`)} ·{' '}
          {t('myVolunteeringPage.languages', { languages: match.refugeeLanguages.join(', ') })}
          {match.agreementEndsOn &&
            ` · ${t('matchesPage.agreement', { hours: match.hoursPerMonth, date: formatDate(match.agreementEndsOn, i18n.language) })}`}
        </Paragraph>
        {match.status === 'proposed' && !match.volunteerAccepted && (
          <Alert data-color="info">
            {t('myVolunteeringPage.waitingForYou')}{' '}
            <Button data-size="sm" onClick={() => answer.mutate({ matchId: match.id, accept: true })}>
              {t('myVolunteeringPage.accept')}
            </Button>{' '}
            <Button data-size="sm" variant="secondary" onClick={() => answer.mutate({ matchId: match.id, accept: false })}>
              {t('myVolunteeringPage.decline')}
            </Button>
          </Alert>
        )}
        <Paragraph data-testid="own-hours">{t('myVolunteeringPage.total', { hours })}</Paragraph>
        {match.status === 'active' && (
          <form
            className="stack"
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              log.mutate({ matchId: match.id, on, minutes: Number(minutes), note });
            }}
          >
            <TextField
              type="date"
              label={t('myVolunteeringPage.on')}
              value={on}
              error={errors.on}
              onChange={(e) => setOn(e.target.value)}
            />
            <TextField
              type="number"
              label={t('myVolunteeringPage.minutes')}
              value={minutes}
              error={errors.minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
            <TextField label={t('myVolunteeringPage.note')} value={note} error={errors.note} onChange={(e) => setNote(e.target.value)} />
            <Button type="submit" disabled={log.isPending}>
              {t('myVolunteeringPage.log')}
            </Button>
          </form>
        )}
        {answer.error && <ServerError error={answer.error} />}
        {match.contacts.length > 0 && (
          <Table data-size="sm">
            <caption>{t('myVolunteeringPage.contacts')}</caption>
            <Table.Body>
              {match.contacts.map((contact) => (
                <Table.Row key={contact.id}>
                  <Table.Cell>{formatDate(contact.on, i18n.language)}</Table.Cell>
                  <Table.Cell>{contact.minutes} min</Table.Cell>
                  <Table.Cell>{contact.note}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Section>
  );
}
