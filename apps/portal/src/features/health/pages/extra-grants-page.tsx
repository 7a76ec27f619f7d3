import type { ExtraGrantView } from '@ankomst/contracts/health';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { QueryState } from '../../../components/states';
import { formatDate, formatNok } from '../../../format/format';
import { useExtraGrants } from '../api/use-health';
import { GrantDraftActions } from '../components/grant-draft-actions';

type Total = NonNullable<ReturnType<typeof useExtraGrants>['data']>['totals'][number];

/** Ekstratilskudd applications with their deadlines and documents, and the yearly totals. */
export default function ExtraGrantsPage() {
  const { t, i18n } = useTranslation();
  const query = useExtraGrants();
  const items = query.data?.items ?? [];
  const title = t('health.grants.title');
  const lang = i18n.language;
  const doc = (value: string | null) => (value ? `${t('health.grants.received')} ${formatDate(value, lang)}` : t('health.grants.missing'));
  const nok = (value: number) => formatNok(value, lang);
  const totalColumns: TableColumn<Total>[] = [
    { id: 'year', header: t('health.grants.year'), cell: (row) => row.year, sortValue: (row) => row.year },
    { id: 'applications', header: t('health.grants.applications'), cell: (row) => row.applications, sortValue: (row) => row.applications },
    { id: 'units', header: t('health.grants.units'), cell: (row) => row.units, sortValue: (row) => row.units },
    { id: 'applied', header: t('health.grants.applied'), cell: (row) => nok(row.appliedNok), sortValue: (row) => row.appliedNok },
    { id: 'granted', header: t('health.grants.granted'), cell: (row) => nok(row.grantedNok), sortValue: (row) => row.grantedNok },
    { id: 'pending', header: t('health.grants.pending'), cell: (row) => row.pending, sortValue: (row) => row.pending },
  ];
  const person = (item: ExtraGrantView) => `${item.givenName} ${item.familyName}`;
  const kind = (item: ExtraGrantView) => t(`health.grants.kindLabel.${item.kind}`);
  const status = (item: ExtraGrantView) => t(`health.grants.statusLabel.${item.status}`);
  const applicationColumns: TableColumn<ExtraGrantView>[] = [
    { id: 'person', header: t('health.grants.person'), cell: person, sortValue: person },
    { id: 'kind', header: t('health.grants.kind'), cell: kind, sortValue: kind },
    { id: 'grantYear', header: t('health.grants.grantYear'), cell: (item) => item.grantYear, sortValue: (item) => item.grantYear },
    {
      id: 'deadline',
      header: t('health.grants.deadline'),
      cell: (item) => formatDate(item.deadline, lang),
      sortValue: (item) => item.deadline,
    },
    {
      id: 'documents',
      header: t('health.grants.documents'),
      cell: (item) => `${doc(item.consentFormReceivedOn)} / ${doc(item.doctorStatementReceivedOn)}`,
    },
    { id: 'cost', header: t('health.grants.cost'), cell: (item) => nok(item.costTotalNok), sortValue: (item) => item.costTotalNok },
    {
      id: 'status',
      header: t('health.grants.status'),
      cell: (item) => (
        <>
          {status(item)}
          {item.grantedNok !== null ? ` (${nok(item.grantedNok)})` : ''}
          {item.status === 'draft' && <GrantDraftActions grant={item} />}
        </>
      ),
      sortValue: status,
    },
  ];

  return (
    <Page title={title} lead={t('health.grants.lead')}>
      <QueryState error={query.error} isPending={query.isPending} feature={title} />
      <Section title={t('health.grants.totals')} id="grant-totals">
        <DataTable
          caption={t('health.grants.totals')}
          columns={totalColumns}
          rows={query.data?.totals}
          rowKey={(row) => String(row.year)}
          emptyText={t('health.grants.empty')}
          testId="grant-totals"
        />
      </Section>
      <Section title={title} id="grant-applications">
        {/* With no application the totals above already say so. */}
        {items.length > 0 && (
          <DataTable
            caption={title}
            columns={applicationColumns}
            rows={items}
            rowKey={(item) => item.id}
            emptyText={t('health.grants.empty')}
          />
        )}
      </Section>
    </Page>
  );
}
