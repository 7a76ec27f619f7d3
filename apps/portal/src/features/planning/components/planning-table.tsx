import type { PlanningQuarter } from '@ankomst/contracts/housing';
import { Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../format/format';

/** One row per quarter; a quarter short of places is marked in words and colour, not colour alone. */
export function PlanningTable({ caption, quarters }: { caption: string; quarters: PlanningQuarter[] }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <Table data-size="sm" data-testid="planning-table">
      <caption className="sr-only">{caption}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t('planningPage.quarter')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.toSettle')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.minors')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.freed')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.rooms')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.need')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.places')}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t('planningPage.shortfall')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {quarters.map((q) => (
          <Table.Row key={q.quarter} data-testid={`planning-${q.quarter}`} className={q.shortfall > 0 ? 'row-shortfall' : undefined}>
            <Table.HeaderCell scope="row">{q.quarter}</Table.HeaderCell>
            <Table.Cell>{n(q.toSettle.total)}</Table.Cell>
            <Table.Cell>{n(q.toSettle.unaccompaniedMinors)}</Table.Cell>
            <Table.Cell>{n(q.freed.total)}</Table.Cell>
            <Table.Cell>{[q.freed.oneRoom, q.freed.twoRooms, q.freed.threeRooms, q.freed.fourOrMoreRooms].map(n).join(' / ')}</Table.Cell>
            <Table.Cell>{n(q.cumulativeNeed)}</Table.Cell>
            <Table.Cell>{n(q.cumulativePlaces)}</Table.Cell>
            <Table.Cell>
              {q.past ? (
                t('planningPage.past')
              ) : q.shortfall > 0 ? (
                <Tag data-color="danger">{t('planningPage.short', { count: q.shortfall })}</Tag>
              ) : (
                <Tag data-color="success">{t('planningPage.enough')}</Tag>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}
