import type { HouseholdView } from '@ankomst/contracts/housing';
import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { formatDate } from '../../../format/format';
import { countryName, householdName, householdStatus } from '../household-view';

const statusColour = { waiting: 'warning', 'partly-settled': 'info', settled: 'success' } as const;

/** One page of households; `busy` while the next page or search result is on its way. */
export function HouseholdTable({ households, busy }: { households: HouseholdView[]; busy: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <Table data-size="sm" zebra aria-busy={busy || undefined}>
        <caption className="sr-only">{t('households.title')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('households.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('households.members')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('households.origin')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('households.country')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('households.requestedOn')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('households.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {households.map((household) => {
            const status = householdStatus(household);
            return (
              <Table.Row key={household.id}>
                <Table.Cell>
                  <Link asChild>
                    <RouterLink to={`/housing/households/${household.id}`}>{householdName(household)}</RouterLink>
                  </Link>
                </Table.Cell>
                <Table.Cell>{household.members.length}</Table.Cell>
                <Table.Cell>{t(`origin.${household.origin}`)}</Table.Cell>
                <Table.Cell>{countryName(household.countryOfOrigin, i18n.language)}</Table.Cell>
                <Table.Cell>{formatDate(household.requestedOn, i18n.language)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={statusColour[status]}>{t(`householdStatus.${status}`)}</Tag>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
