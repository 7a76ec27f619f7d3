import type { CoordinationCaseSummary } from '@ankomst/contracts/health';
import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { formatDate } from '../../../format/format';
import { useCoordinationCases } from '../api/use-health';

/** The coordination group's cases the user is a member of, with their next action deadline. */
export default function CoordinationCasesPage() {
  const { t, i18n } = useTranslation();
  const list = useCoordinationCases();
  const title = t('health.coordination.title');
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '–');
  const family = (item: CoordinationCaseSummary) => item.familyName ?? t('health.coordination.workspace');
  const needs = (item: CoordinationCaseSummary) => item.serviceNeeds.map((n) => t(`health.needs.${n}`)).join(', ') || '–';
  const columns: TableColumn<CoordinationCaseSummary>[] = [
    {
      id: 'family',
      header: t('health.coordination.family'),
      cell: (item) => (
        <>
          <Link asChild>
            <RouterLink to={`/refugee-health/coordination/${item.id}`}>{family(item)}</RouterLink>
          </Link>{' '}
          {item.individualPlan && <Tag data-size="sm">{t('health.coordination.individualPlan')}</Tag>}
        </>
      ),
      sortValue: family,
    },
    {
      id: 'referredOn',
      header: t('health.coordination.referredOn'),
      cell: (item) => date(item.referredOn),
      sortValue: (item) => item.referredOn,
    },
    { id: 'serviceNeeds', header: t('health.coordination.serviceNeeds'), cell: needs, sortValue: needs },
    {
      id: 'openActions',
      header: t('health.coordination.openActions'),
      cell: (item) => item.openActions,
      sortValue: (item) => item.openActions,
    },
    {
      id: 'nextAction',
      header: t('health.coordination.nextAction'),
      cell: (item) => date(item.nextActionDue),
      sortValue: (item) => item.nextActionDue,
    },
  ];

  return (
    <Page title={title} lead={t('health.coordination.lead')}>
      <Section title={title} id="coordination-cases">
        <DataTable
          caption={title}
          columns={columns}
          rows={list.data?.items}
          rowKey={(item) => item.id}
          query={{ isPending: list.isPending, error: list.error, feature: title }}
          emptyText={t('health.coordination.empty')}
        />
      </Section>
    </Page>
  );
}
