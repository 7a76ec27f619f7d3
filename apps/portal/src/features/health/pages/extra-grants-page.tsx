import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate, formatNok } from '../../../format/format';
import { useExtraGrants } from '../api/use-health';
import { GrantDraftActions } from '../components/grant-draft-actions';

/** Ekstratilskudd applications with their deadlines and documents, and the yearly totals. */
export default function ExtraGrantsPage() {
  const { t, i18n } = useTranslation();
  const query = useExtraGrants();
  const items = query.data?.items ?? [];
  const totals = query.data?.totals ?? [];
  const title = t('health.grants.title');
  const lang = i18n.language;
  const doc = (value: string | null) => (value ? `${t('health.grants.received')} ${formatDate(value, lang)}` : t('health.grants.missing'));

  return (
    <Page title={title} lead={t('health.grants.lead')}>
      <QueryState error={query.error} isPending={query.isPending} feature={title} />
      <Section title={t('health.grants.totals')} id="grant-totals">
        {query.data && totals.length === 0 && <EmptyState text={t('health.grants.empty')} />}
        {totals.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra data-testid="grant-totals">
              <caption className="sr-only">{t('health.grants.totals')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('health.grants.year')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.applications')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.units')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.applied')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.granted')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.pending')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {totals.map((row) => (
                  <Table.Row key={row.year}>
                    <Table.Cell>{row.year}</Table.Cell>
                    <Table.Cell>{row.applications}</Table.Cell>
                    <Table.Cell>{row.units}</Table.Cell>
                    <Table.Cell>{formatNok(row.appliedNok, lang)}</Table.Cell>
                    <Table.Cell>{formatNok(row.grantedNok, lang)}</Table.Cell>
                    <Table.Cell>{row.pending}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
      <Section title={title} id="grant-applications">
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('health.grants.person')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.kind')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.grantYear')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.deadline')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.documents')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.cost')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.grants.status')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.id}>
                    <Table.Cell>
                      {item.givenName} {item.familyName}
                    </Table.Cell>
                    <Table.Cell>{t(`health.grants.kindLabel.${item.kind}`)}</Table.Cell>
                    <Table.Cell>{item.grantYear}</Table.Cell>
                    <Table.Cell>{formatDate(item.deadline, lang)}</Table.Cell>
                    <Table.Cell>
                      {doc(item.consentFormReceivedOn)} / {doc(item.doctorStatementReceivedOn)}
                    </Table.Cell>
                    <Table.Cell>{formatNok(item.costTotalNok, lang)}</Table.Cell>
                    <Table.Cell>
                      {t(`health.grants.statusLabel.${item.status}`)}
                      {item.grantedNok !== null ? ` (${formatNok(item.grantedNok, lang)})` : ''}
                      {item.status === 'draft' && <GrantDraftActions grant={item} />}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
    </Page>
  );
}
