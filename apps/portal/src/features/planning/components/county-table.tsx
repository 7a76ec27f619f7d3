import type { CountyMunicipality, SuppressedCount } from '@ankomst/contracts/housing';
import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../../format/format';
import { useMunicipalityName } from '../../housing/use-municipality-name';

export function CountyTable({ caption, municipalities }: { caption: string; municipalities: CountyMunicipality[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const name = useMunicipalityName();
  const count = (value: SuppressedCount) => (value === '<5' ? t('countyPage.suppressed') : formatNumber(value, lang));
  const pair = (figure: { total: number; unaccompaniedMinors: number } | null, missing: string) =>
    figure ? `${formatNumber(figure.total, lang)} (${formatNumber(figure.unaccompaniedMinors, lang)})` : missing;
  return (
    <Table data-size="sm" data-testid="county-table">
      <caption>{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('countyPage.municipality')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('countyPage.requested')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('countyPage.decided')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('countyPage.settled')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('countyPage.percentOfDecided')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('countyPage.medianDays')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {municipalities.map((m) => (
          <Table.Row key={m.municipality} data-testid={`county-${m.municipality}`}>
            <Table.HeaderCell scope="row">{name(m.municipality)}</Table.HeaderCell>
            <Table.Cell>{pair(m.requested, t('countyPage.noRequest'))}</Table.Cell>
            <Table.Cell>{pair(m.decided, t('countyPage.noDecision'))}</Table.Cell>
            <Table.Cell>{`${count(m.settled.total)} (${count(m.settled.unaccompaniedMinors)})`}</Table.Cell>
            <Table.Cell>{formatPercent(m.percentOfDecided, lang)}</Table.Cell>
            <Table.Cell>
              {m.medianDaysPermitToSettlement === null ? '–' : t('common.days', { count: m.medianDaysPermitToSettlement })}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
