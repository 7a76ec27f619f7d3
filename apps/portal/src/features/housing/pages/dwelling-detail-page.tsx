import { Alert, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { ApiError } from '../../../api/api-error';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
import { EmptyState, Loading, QueryState, ServerError } from '../../../components/states';
import { formatDate, formatNok, formatNumber } from '../../../format/format';
import { useDwellingTenancies } from '../api/use-housing';
import { useDwelling } from '../api/use-housing-editing';
import { DwellingForm } from '../components/dwelling-form';
import { EndTenancyForm } from '../components/end-tenancy-form';

export default function DwellingDetailPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { dwellingId = '' } = useParams();
  const { user } = useSession();
  const dwelling = useDwelling(dwellingId);
  const tenancies = useDwellingTenancies(dwellingId);
  const [justEnded, setJustEnded] = useState(false);
  const canWrite = can(user, 'dwellings:write');

  if (dwelling.isPending) return <Loading />;
  if (dwelling.error) {
    if (dwelling.error instanceof ApiError && dwelling.error.status === 404) {
      return (
        <Page title={t('dwelling.notFound')}>
          <Link asChild>
            <RouterLink to="/housing/dwellings">{t('dwelling.back')}</RouterLink>
          </Link>
        </Page>
      );
    }
    return <ServerError error={dwelling.error} />;
  }
  const data = dwelling.data;
  const items = tenancies.data?.items ?? [];
  const current = items.find((tenancy) => tenancy.endDate === null);
  return (
    <Page
      title={`${data.address}, ${data.postalCode}`}
      lead={t('dwelling.lead', {
        ownership: t(`dwellings.ownershipKind.${data.ownership}`),
        rooms: data.rooms,
        size: formatNumber(data.sizeSquareMetres, lang, 1),
        rent: formatNok(data.monthlyRentNok, lang),
      })}
      actions={
        <Link asChild>
          <RouterLink to="/housing/dwellings">{t('dwelling.back')}</RouterLink>
        </Link>
      }
    >
      <Section title={t('dwelling.history')} id="tenancies">
        <QueryState error={tenancies.error} isPending={tenancies.isPending} feature={t('dwelling.history')} />
        {justEnded && (
          <Alert data-color="success" role="status" data-testid="tenancy-ended">
            <Paragraph>{t('dwelling.ended')}</Paragraph>
          </Alert>
        )}
        {tenancies.data && items.length === 0 && <EmptyState text={t('dwelling.noHistory')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra data-testid="tenancy-history">
              <caption className="sr-only">{t('dwelling.historyCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('dwelling.household')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwelling.from')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwelling.to')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwelling.endReason')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((tenancy, index) => (
                  <Table.Row key={tenancy.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/housing/households/${tenancy.householdId}`}>
                          {t('dwelling.openHousehold', { number: items.length - index })}
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{formatDate(tenancy.startDate, lang)}</Table.Cell>
                    <Table.Cell>{tenancy.endDate ? formatDate(tenancy.endDate, lang) : t('dwelling.now')}</Table.Cell>
                    <Table.Cell>
                      {tenancy.endReason ? t(`dwelling.endReasons.${tenancy.endReason}`) : '–'}
                      {tenancy.withStartlan && ` (${t('dwelling.withStartlan')})`}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
      {canWrite && current && (
        <Section title={t('dwelling.endHeading')} id="end-tenancy">
          <EndTenancyForm key={current.id} tenancy={current} onEnded={() => setJustEnded(true)} />
        </Section>
      )}
      {canWrite && (
        <Section title={t('dwelling.editHeading')} id="edit-dwelling">
          <DwellingForm key={data.id} dwelling={data} />
        </Section>
      )}
    </Page>
  );
}
