import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useCoordinationCases } from '../api/use-health';

/** The coordination group's cases the user is a member of, with their next action deadline. */
export default function CoordinationCasesPage() {
  const { t, i18n } = useTranslation();
  const list = useCoordinationCases();
  const items = list.data?.items ?? [];
  const title = t('health.coordination.title');
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '–');

  return (
    <Page title={title} lead={t('health.coordination.lead')}>
      <Section title={title} id="coordination-cases">
        <QueryState error={list.error} isPending={list.isPending} feature={title} />
        {list.data && items.length === 0 && <EmptyState text={t('health.coordination.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('health.coordination.family')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.coordination.referredOn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.coordination.serviceNeeds')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.coordination.openActions')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.coordination.nextAction')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/refugee-health/coordination/${item.id}`}>
                          {item.familyName ?? t('health.coordination.workspace')}
                        </RouterLink>
                      </Link>{' '}
                      {item.individualPlan && <Tag data-size="sm">{t('health.coordination.individualPlan')}</Tag>}
                    </Table.Cell>
                    <Table.Cell>{date(item.referredOn)}</Table.Cell>
                    <Table.Cell>{item.serviceNeeds.map((n) => t(`health.needs.${n}`)).join(', ') || '–'}</Table.Cell>
                    <Table.Cell>{item.openActions}</Table.Cell>
                    <Table.Cell>{date(item.nextActionDue)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
    </Page>
  );
}
