import type { OutgoingPersonTransfer } from '@ankomst/contracts/housing';
import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { DataTable } from '../../../components/data-table';
import { formatDateTime } from '../../../format/format';
import { TransferStatusTag } from './transfer-status-tag';

type Query = { isPending: boolean; error: unknown; feature: string };

/** Our own requests. Until a release they say nothing about the person or who holds them. */
export function OutgoingTransfersTable({ items, query }: { items: OutgoingPersonTransfer[] | undefined; query: Query }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <DataTable
      caption={t('transfers.outgoing')}
      rows={items}
      rowKey={(transfer) => transfer.id}
      rowTestId={(transfer) => `outgoing-${transfer.id}`}
      query={query}
      emptyText={t('transfers.noOutgoing')}
      columns={[
        { id: 'reason', header: t('transfers.reason'), cell: (transfer) => transfer.reason },
        {
          id: 'requestedAt',
          header: t('transfers.requestedAt'),
          cell: (transfer) => formatDateTime(transfer.requestedAt, lang),
          sortValue: (transfer) => transfer.requestedAt,
        },
        {
          id: 'state',
          header: t('transfers.state'),
          cell: (transfer) => <TransferStatusTag status={transfer.status} />,
          sortValue: (transfer) => transfer.status,
        },
        {
          id: 'outcome',
          header: t('transfers.outcome'),
          cell: (transfer) => (
            <>
              {transfer.householdId && (
                <Link asChild>
                  <RouterLink to={`/housing/households/${transfer.householdId}`}>{t('transfers.openHousehold')}</RouterLink>
                </Link>
              )}
              {transfer.declineReason}
            </>
          ),
        },
      ]}
    />
  );
}
