import type { IncomingPersonTransfer } from '@ankomst/contracts/housing';
import { Button, Link } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { formatDate, formatDateTime } from '../../../format/format';
import { useDeclineTransfer, useReleaseTransfer } from '../api/use-transfers';
import { useMunicipalityName } from '../use-municipality-name';
import { TransferStatusTag } from './transfer-status-tag';

type Query = { isPending: boolean; error: unknown; feature: string };

/** Requests of other municipalities for persons of ours: who, from where, when, by whom, why. */
export function IncomingTransfersTable({
  items,
  query,
  canWrite,
}: {
  items: IncomingPersonTransfer[] | undefined;
  query: Query;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const municipalityName = useMunicipalityName();
  const columns: TableColumn<IncomingPersonTransfer>[] = [
    {
      id: 'person',
      header: t('transfers.person'),
      cell: (transfer) => (
        <>
          <Link asChild>
            <RouterLink to={`/housing/households/${transfer.person.householdId}`}>
              {transfer.person.givenName} {transfer.person.familyName}
            </RouterLink>
          </Link>{' '}
          ({formatDate(transfer.person.birthDate, lang)})
        </>
      ),
      sortValue: (transfer) => `${transfer.person.familyName} ${transfer.person.givenName}`,
    },
    {
      id: 'from',
      header: t('transfers.requestingMunicipality'),
      cell: (transfer) => municipalityName(transfer.requestingMunicipality),
      sortValue: (transfer) => municipalityName(transfer.requestingMunicipality),
    },
    {
      id: 'requestedAt',
      header: t('transfers.requestedAt'),
      cell: (transfer) => `${formatDateTime(transfer.requestedAt, lang)} · ${transfer.requestedBy}`,
      sortValue: (transfer) => transfer.requestedAt,
    },
    { id: 'reason', header: t('transfers.reason'), cell: (transfer) => transfer.reason },
    {
      id: 'state',
      header: t('transfers.state'),
      cell: (transfer) => (
        <>
          <TransferStatusTag status={transfer.status} />
          {transfer.declineReason && <div>{transfer.declineReason}</div>}
        </>
      ),
      sortValue: (transfer) => transfer.status,
    },
  ];
  const actions: TableColumn<IncomingPersonTransfer> = {
    id: 'actions',
    header: t('common.actions'),
    cell: (transfer) => transfer.status === 'pending' && <DecideTransfer transfer={transfer} />,
  };
  return (
    <DataTable
      caption={t('transfers.incoming')}
      columns={canWrite ? [...columns, actions] : columns}
      rows={items}
      rowKey={(transfer) => transfer.id}
      rowTestId={(transfer) => `incoming-${transfer.id}`}
      query={query}
      emptyText={t('transfers.noIncoming')}
    />
  );
}

function DecideTransfer({ transfer }: { transfer: IncomingPersonTransfer }) {
  const { t } = useTranslation();
  const release = useReleaseTransfer();
  const decline = useDeclineTransfer();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const name = `${transfer.person.givenName} ${transfer.person.familyName}`;
  const busy = release.isPending || decline.isPending;
  const submitDecline = () => {
    if (reason.trim().length < 3) {
      setReasonError(t('validation.reasonRequired'));
      return;
    }
    setReasonError(undefined);
    decline.mutate({ transferId: transfer.id, reason: reason.trim() });
  };
  return (
    <div className="stack">
      {!declining && (
        <div className="form-actions">
          <Button type="button" data-size="sm" disabled={busy} onClick={() => release.mutate(transfer.id)}>
            {t('transfers.release', { name })}
          </Button>
          <Button type="button" data-size="sm" variant="secondary" disabled={busy} onClick={() => setDeclining(true)}>
            {t('transfers.decline', { name })}
          </Button>
        </div>
      )}
      {declining && (
        <>
          <TextField
            label={t('transfers.declineReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={reasonError}
            required
          />
          <div className="form-actions">
            <Button type="button" data-size="sm" data-color="danger" disabled={busy} onClick={submitDecline}>
              {t('transfers.confirmDecline')}
            </Button>
            <Button type="button" data-size="sm" variant="tertiary" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      )}
      {(release.error ?? decline.error) && <ServerError error={release.error ?? decline.error} />}
    </div>
  );
}
