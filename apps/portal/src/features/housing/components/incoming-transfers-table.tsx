import type { IncomingPersonTransfer } from '@ankomst/contracts/housing';
import { Button, Link, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { TextField } from '../../../components/form-field';
import { ServerError } from '../../../components/states';
import { formatDate, formatDateTime } from '../../../format/format';
import { useDeclineTransfer, useReleaseTransfer } from '../api/use-transfers';
import { useMunicipalityName } from '../use-municipality-name';
import { TransferStatusTag } from './transfer-status-tag';

/** Requests of other municipalities for persons of ours: who, from where, when, by whom, why. */
export function IncomingTransfersTable({ items, canWrite }: { items: IncomingPersonTransfer[]; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const municipalityName = useMunicipalityName();
  return (
    <div className="table-wrap">
      <Table data-size="sm" zebra>
        <caption className="sr-only">{t('transfers.incoming')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('transfers.person')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.requestingMunicipality')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.requestedAt')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.reason')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('transfers.state')}</Table.HeaderCell>
            {canWrite && <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((transfer) => (
            <Table.Row key={transfer.id} data-testid={`incoming-${transfer.id}`}>
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/housing/households/${transfer.person.householdId}`}>
                    {transfer.person.givenName} {transfer.person.familyName}
                  </RouterLink>
                </Link>{' '}
                ({formatDate(transfer.person.birthDate, lang)})
              </Table.Cell>
              <Table.Cell>{municipalityName(transfer.requestingMunicipality)}</Table.Cell>
              <Table.Cell>
                {formatDateTime(transfer.requestedAt, lang)} · {transfer.requestedBy}
              </Table.Cell>
              <Table.Cell>{transfer.reason}</Table.Cell>
              <Table.Cell>
                <TransferStatusTag status={transfer.status} />
                {transfer.declineReason && <div>{transfer.declineReason}</div>}
              </Table.Cell>
              {canWrite && <Table.Cell>{transfer.status === 'pending' && <DecideTransfer transfer={transfer} />}</Table.Cell>}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
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
