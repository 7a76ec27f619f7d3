import { Details, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useCoordinationCase } from '../api/use-health';
import { ActionForm } from '../components/action-form';
import { CloseCaseForm } from '../components/close-case-form';
import { MeetingForm } from '../components/meeting-form';

/** A coordination case's workspace: the referral and service needs, members, meetings (agenda, minutes), actions. */
export default function CoordinationCasePage() {
  const { t, i18n } = useTranslation();
  const { caseId = '' } = useParams();
  const query = useCoordinationCase(caseId);
  const view = query.data;
  const { user } = useSession();
  const writable = view?.status === 'open' && can(user, 'coordination:write');
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '–');

  return (
    <Page title={view?.familyName ?? t('health.coordination.workspace')} lead={t('health.coordination.title')}>
      <Link asChild>
        <RouterLink to="/refugee-health/coordination">{t('health.coordination.back')}</RouterLink>
      </Link>
      <QueryState error={query.error} isPending={query.isPending} feature={t('health.coordination.workspace')} />
      {view && (
        <>
          <Section title={t('health.coordination.workspace')} id="case-workspace">
            <Paragraph>
              <Tag data-size="sm">{t(`health.coordination.status.${view.status}`)}</Tag>{' '}
              {view.individualPlan && <Tag data-size="sm">{t('health.coordination.individualPlan')}</Tag>}
            </Paragraph>
            {view.closedOn && view.closureReason && (
              <Paragraph>
                {t('health.coordination.closedWith', { date: date(view.closedOn), reason: t(`health.closure.${view.closureReason}`) })}
              </Paragraph>
            )}
            <dl className="section-data">
              <div>
                <dt>{t('health.coordination.referredOn')}</dt>
                <dd>
                  {date(view.referredOn)} {view.referredFrom ? `(${t(`health.units.${view.referredFrom}`)})` : ''}
                </dd>
              </div>
              <div>
                <dt>{t('health.coordination.reason')}</dt>
                <dd>{view.reason}</dd>
              </div>
              <div>
                <dt>{t('health.coordination.serviceNeeds')}</dt>
                <dd>{view.serviceNeeds.map((n) => t(`health.needs.${n}`)).join(', ') || '–'}</dd>
              </div>
            </dl>
          </Section>
          <Section title={t('health.coordination.members')} id="case-members">
            <ul>
              {view.members.map((m) => (
                <li key={m.userId}>
                  {m.userId} – {t(`health.units.${m.unit}`)}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('health.coordination.meetings')} id="case-meetings">
            {view.meetings.map((meeting) => (
              <article key={meeting.id} className="case-section" data-testid="meeting">
                <Heading level={3} data-size="2xs">
                  {date(meeting.heldOn)}
                </Heading>
                <Heading level={4} data-size="2xs">
                  {t('health.coordination.agenda')}
                </Heading>
                <Paragraph style={{ whiteSpace: 'pre-line' }}>{meeting.agenda}</Paragraph>
                <Heading level={4} data-size="2xs">
                  {t('health.coordination.minutes')}
                </Heading>
                <Paragraph style={{ whiteSpace: 'pre-line' }}>{meeting.minutes ?? t('health.coordination.noMinutes')}</Paragraph>
              </article>
            ))}
            {writable && (
              <Details data-testid="new-meeting">
                <Details.Summary>{t('health.caseForms.meeting.heading')}</Details.Summary>
                <Details.Content>
                  <MeetingForm caseId={view.id} />
                </Details.Content>
              </Details>
            )}
          </Section>
          <Section title={t('health.coordination.actions')} id="case-actions">
            <div className="table-wrap">
              <Table data-size="sm" zebra>
                <caption className="sr-only">{t('health.coordination.actions')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('health.coordination.action')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('health.coordination.responsible')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('health.coordination.dueOn')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('health.coordination.doneOn')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {view.actions.map((a) => (
                    <Table.Row key={a.id}>
                      <Table.Cell>{a.description}</Table.Cell>
                      <Table.Cell>{t(`health.units.${a.responsibleUnit}`)}</Table.Cell>
                      <Table.Cell>
                        {date(a.dueOn)}{' '}
                        {a.overdue && (
                          <Tag data-color="danger" data-size="sm">
                            {t('health.coordination.overdue')}
                          </Tag>
                        )}
                      </Table.Cell>
                      <Table.Cell>{date(a.doneOn)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
            {writable && (
              <Details data-testid="new-action">
                <Details.Summary>{t('health.caseForms.action.heading')}</Details.Summary>
                <Details.Content>
                  <ActionForm key={view.meetings.length} view={view} />
                </Details.Content>
              </Details>
            )}
          </Section>
          {writable && (
            <Details data-testid="close-case">
              <Details.Summary>{t('health.caseForms.close.heading')}</Details.Summary>
              <Details.Content>
                <CloseCaseForm caseId={view.id} />
              </Details.Content>
            </Details>
          )}
        </>
      )}
    </Page>
  );
}
