import type { HouseholdListItem } from '@ankomst/contracts/housing';
import { Link } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { DataTable, type DataTableProps, type TableColumn } from '../../../components/data-table';
import { formatDate } from '../../../format/format';
import { countryName, householdName } from '../household-view';
import { HouseholdSituationTag } from './household-situation';

/** The household list's columns, for the table and its CSV export (same words as on screen). */
export function householdColumns(t: TFunction, language: string): TableColumn<HouseholdListItem>[] {
  // The status from the facts (a home, an approved self-settlement, settled members), as the household page shows it.
  const status = (h: HouseholdListItem) => t(`householdSituation.${h.situation}`);
  const origin = (h: HouseholdListItem) => t(`origin.${h.origin}`);
  const country = (h: HouseholdListItem) => countryName(h.countryOfOrigin, language);
  return [
    {
      id: 'name',
      header: t('households.name'),
      cell: (h) => (
        <Link asChild>
          <RouterLink to={`/housing/households/${h.id}`}>{householdName(h)}</RouterLink>
        </Link>
      ),
      sortValue: householdName,
      text: householdName,
    },
    {
      id: 'members',
      header: t('households.members'),
      cell: (h) => h.members.length,
      sortValue: (h) => h.members.length,
      text: (h) => String(h.members.length),
    },
    { id: 'origin', header: t('households.origin'), cell: origin, sortValue: origin, text: origin },
    { id: 'country', header: t('households.country'), cell: country, sortValue: country, text: country },
    {
      id: 'requestedOn',
      header: t('households.requestedOn'),
      cell: (h) => formatDate(h.requestedOn, language),
      sortValue: (h) => h.requestedOn,
      text: (h) => h.requestedOn ?? '',
    },
    {
      id: 'status',
      header: t('households.status'),
      cell: (h) => <HouseholdSituationTag situation={h.situation} />,
      sortValue: status,
      text: status,
    },
  ];
}

/** One page of households; `busy` while the next page or search result is on its way. */
export function HouseholdTable({
  households,
  busy,
  paging,
}: { households: HouseholdListItem[]; busy: boolean } & Pick<DataTableProps<HouseholdListItem>, 'paging'>) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t('households.title')}
      columns={householdColumns(t, i18n.language)}
      rows={households}
      rowKey={(h) => h.id}
      rowTestId={(h) => `household-${h.id}`}
      emptyText={t('households.empty')}
      busy={busy}
      paging={paging}
      testId="household-table"
    />
  );
}
