import { withdrawConsent } from '@ankomst/contracts/case-overview';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { QueryState, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { zodFieldErrors, type FieldErrors } from '../../../forms/rule-messages';
import { useConsents, useWithdrawConsent } from '../api/use-cases';
import { GiveConsentForm } from './give-consent-form';
import { scopeLabel } from './restricted';

/** A person's consents: what may be shared with whom, and withdrawing one (with how it was received). */
export function ConsentPanel({ personId, personName, canWrite }: { personId: string; personName: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const consents = useConsents(personId);
  const withdraw = useWithdrawConsent();
  const [withdrawing, setWithdrawing] = useState<string>();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const confirm = (scope: string) => {
    const parsed = withdrawConsent.safeParse({ personId, scope, note });
    if (!parsed.success) {
      setErrors(zodFieldErrors(t, parsed.error));
      return;
    }
    setErrors({});
    withdraw.mutate(parsed.data, {
      onSuccess: () => {
        setWithdrawing(undefined);
        setNote('');
      },
    });
  };

  return (
    <div data-testid={`consents-${personId}`}>
      <QueryState error={consents.error} isPending={consents.isPending} feature={t('consent.title')} />
      {consents.data && consents.data.consents.length === 0 && <Paragraph>{t('consent.none', { name: personName })}</Paragraph>}
      {consents.data && consents.data.consents.length > 0 && (
        <Table data-size="sm">
          <caption className="sr-only">{t('consent.captionFor', { name: personName })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('consent.scope')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consent.grantor')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consent.validFrom')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('consent.state')}</Table.HeaderCell>
              {canWrite && <Table.HeaderCell scope="col">{t('common.actions')}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {consents.data.consents.map((consent) => (
              <Table.Row key={consent.id}>
                <Table.Cell>{scopeLabel(t, consent.scope)}</Table.Cell>
                <Table.Cell>
                  {t(`consent.grantorKind.${consent.grantor}`)}
                  {consent.grantorName ? ` (${consent.grantorName})` : ''}
                </Table.Cell>
                <Table.Cell>{formatDate(consent.validFrom, i18n.language)}</Table.Cell>
                <Table.Cell>
                  {consent.active ? (
                    <Tag data-color="success">{t('consent.active')}</Tag>
                  ) : consent.withdrawnAt ? (
                    <Tag data-color="danger">{t('consent.withdrawnOn', { date: formatDate(consent.withdrawnAt, i18n.language) })}</Tag>
                  ) : (
                    <Tag data-color="neutral">{t('consent.inactive')}</Tag>
                  )}
                </Table.Cell>
                {canWrite && (
                  <Table.Cell>
                    {consent.active && withdrawing !== consent.scope && (
                      <Button variant="secondary" data-size="sm" onClick={() => setWithdrawing(consent.scope)}>
                        {t('consent.withdraw')}
                      </Button>
                    )}
                    {withdrawing === consent.scope && (
                      <div className="stack">
                        <TextField
                          label={t('consent.withdrawNote')}
                          description={t('consent.withdrawNoteHelp')}
                          value={note}
                          onChange={(e) => setNote(e.target.value)}
                          error={errors.note}
                        />
                        <div className="form-actions">
                          <Button data-size="sm" data-color="danger" disabled={withdraw.isPending} onClick={() => confirm(consent.scope)}>
                            {t('consent.confirmWithdraw')}
                          </Button>
                          <Button data-size="sm" variant="tertiary" onClick={() => setWithdrawing(undefined)}>
                            {t('common.cancel')}
                          </Button>
                        </div>
                        {withdraw.error && <ServerError error={withdraw.error} />}
                      </div>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {canWrite && <GiveConsentForm personId={personId} />}
    </div>
  );
}
