import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useChildFollowUp } from '../api/use-health';

/** A child's MIGRA follow-up: the vaccination gaps against the programme with catch-up dates, what comes next, contacts. */
export default function ChildFollowUpPage() {
  const { t, i18n } = useTranslation();
  const { personId = '' } = useParams();
  const query = useChildFollowUp(personId);
  const view = query.data;
  const date = (value: string) => formatDate(value, i18n.language);
  const title = t('health.child.title');

  return (
    <Page title={view ? `${title}: ${view.person.givenName} ${view.person.familyName}` : title}>
      <Link asChild>
        <RouterLink to={`/refugee-health/persons/${personId}`}>{t('health.checklists.title')}</RouterLink>
      </Link>
      <QueryState error={query.error} isPending={query.isPending} feature={title} />
      {view && (
        <>
          <Paragraph>
            {view.handedOverOn && view.handedOverTo
              ? t('health.child.handedOver', { date: date(view.handedOverOn), to: t(`health.handover.${view.handedOverTo}`) })
              : t('health.child.followUpUntil', { date: date(view.followUpUntil) })}
          </Paragraph>
          <Section title={t('health.child.gaps')} id="vaccination-gaps">
            {view.gaps.length === 0 && <EmptyState text={t('health.child.noGaps')} />}
            {view.gaps.length > 0 && (
              <div className="table-wrap">
                <Table data-size="sm" zebra data-testid="vaccination-gaps">
                  <caption className="sr-only">{t('health.child.gaps')}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('health.child.vaccine')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('health.child.dose')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('health.child.dueOn')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('health.child.catchUpBy')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {view.gaps.map((gap) => (
                      <Table.Row key={`${gap.vaccine}-${gap.dose}`}>
                        <Table.Cell>{t(`health.vaccine.${gap.vaccine}`)}</Table.Cell>
                        <Table.Cell>{gap.dose}</Table.Cell>
                        <Table.Cell>{date(gap.dueOn)}</Table.Cell>
                        <Table.Cell>{date(gap.catchUpBy)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            )}
          </Section>
          <Section title={t('health.child.upcoming')} id="vaccination-upcoming">
            <ul>
              {view.upcoming.slice(0, 5).map((dose) => (
                <li key={`${dose.vaccine}-${dose.dose}`}>
                  {t(`health.vaccine.${dose.vaccine}`)} ({t('health.child.dose')} {dose.dose}): {date(dose.dueOn)}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t('health.child.contacts')} id="child-contacts">
            <ul>
              {view.contacts.map((c) => (
                <li key={c.id}>
                  {date(c.heldOn)}: {t(`health.contactKind.${c.kind}`)}
                  {c.note ? ` – ${c.note}` : ''}
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </Page>
  );
}
