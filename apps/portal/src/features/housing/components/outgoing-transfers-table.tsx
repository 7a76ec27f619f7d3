import type { OutgoingPersonTransfer } from '@ankomst/contracts/housing';
import { Link, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { formatDateTime } from '../../../format/format';
import { TransferStatusTag } from './transfer-status-tag';

/** Our own requests. Until a release they say nothing about the person or who holds them. */
export function OutgoingTransfersTable({ items }: { items: OutgoingPersonTransfer[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-wrap">
      <Table data-size="sm" zebra>
        <caption className="sr-only">{t('transfers.outgoing')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('transfers.reason')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.requestedAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.state')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.outcome')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((transfer) => (
            <Table.Row key={transfer.id} data-testid={`outgoing-${transfer.id}`}>
              <Table.Cell>{transfer.reason}</Table.Cell>
              <Table.Cell>{formatDateTime(transfer.requestedAt, lang)}</Table.Cell>
              <Table.Cell>
                <TransferStatusTag status={transfer.status} />
              </Table.Cell>
              <Table.Cell>
                {transfer.householdId && (
                  <Link asChild>
                    <RouterLink to={`/housing/households/${transfer.householdId}`}>{t('transfers.openHousehold')}</RouterLink>
                  </Link>
                )}
                {transfer.declineReason}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
