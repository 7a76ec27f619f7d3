import type { DwellingView } from '@ankomst/contracts/housing';
import { Link, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { DataTable, type DataTableProps, type TableColumn } from '../../../components/data-table';
import { formatDate, formatNok, formatNumber } from '../../../format/format';

/** What the list says of a dwelling: a household in it makes it let, whatever its own status. */
export const dwellingState = (d: DwellingView) => (d.occupiedBy ? 'occupied' : d.status);

const stateColour = (state: ReturnType<typeof dwellingState>) =>
  state === 'available' ? 'success' : state === 'occupied' ? 'neutral' : 'warning';

/** The dwelling list's columns, for the table and its CSV export (same words as on screen). */
export function dwellingColumns(t: TFunction, language: string): TableColumn<DwellingView>[] {
  const address = (d: DwellingView) => `${d.address}, ${d.postalCode}`;
  const ownership = (d: DwellingView) => t(`dwellings.ownershipKind.${d.ownership}`);
  const size = (d: DwellingView) => t('dwellings.squareMetres', { value: formatNumber(d.sizeSquareMetres, language) });
  const state = (d: DwellingView) => t(`dwellings.stateKind.${dwellingState(d)}`);
  return [
    {
      id: 'address',
      header: t('dwellings.address'),
      cell: (d) => (
        <>
          <Link asChild>
            <RouterLink to={`/housing/dwellings/${d.id}`}>{address(d)}</RouterLink>
          </Link>
          {d.accessible && (
            <>
              {' '}
              <Tag data-size="sm" data-color="info">
                {t('dwellings.accessible')}
              </Tag>
            </>
          )}
        </>
      ),
      sortValue: address,
      // The export keeps the accessibility the tag shows on screen.
      text: (d) => (d.accessible ? `${address(d)} (${t('dwellings.accessible')})` : address(d)),
    },
    { id: 'ownership', header: t('dwellings.ownership'), cell: ownership, sortValue: ownership, text: ownership },
    { id: 'rooms', header: t('dwellings.rooms'), cell: (d) => d.rooms, sortValue: (d) => d.rooms, text: (d) => String(d.rooms) },
    { id: 'size', header: t('dwellings.size'), cell: size, sortValue: (d) => d.sizeSquareMetres, text: size },
    {
      id: 'rent',
      header: t('dwellings.rent'),
      cell: (d) => formatNok(d.monthlyRentNok, language),
      sortValue: (d) => d.monthlyRentNok,
      text: (d) => String(d.monthlyRentNok),
    },
    {
      id: 'availableFrom',
      header: t('dwellings.availableFrom'),
      cell: (d) => formatDate(d.availableFrom, language),
      sortValue: (d) => d.availableFrom,
      text: (d) => d.availableFrom,
    },
    {
      id: 'state',
      header: t('dwellings.state'),
      cell: (d) => <Tag data-color={stateColour(dwellingState(d))}>{state(d)}</Tag>,
      sortValue: state,
      text: state,
    },
  ];
}

/** The municipality's dwellings as the server sent them; the headings sort what is on screen. */
export function DwellingTable({ rows, query }: { rows: DwellingView[] | undefined } & Pick<DataTableProps<DwellingView>, 'query'>) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={t('dwellings.listHeading')}
      columns={dwellingColumns(t, i18n.language)}
      rows={rows}
      rowKey={(d) => d.id}
      rowTestId={(d) => `dwelling-${d.id}`}
      query={query}
      emptyText={t('dwellings.empty')}
      testId="dwelling-table"
    />
  );
}
