import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDateTime } from '../../../format/format';
import { useBreakGlassGrants } from '../api/use-privacy';

/** Every emergency access, with the reason given, for the privacy officer's follow-up. */
export default function BreakGlassPage() {
  const { t, i18n } = useTranslation();
  const grants = useBreakGlassGrants();
  return (
    <Page title={t('breakGlass.title')} lead={t('breakGlass.lead')}>
      <QueryState error={grants.error} isPending={grants.isPending} feature={t('breakGlass.title')} />
      {grants.data && grants.data.length === 0 && <EmptyState text={t('breakGlass.empty')} />}
      {grants.data && grants.data.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('breakGlass.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('breakGlass.granted')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('breakGlass.expires')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.user')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.person')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('breakGlass.reason')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {grants.data.map((g) => (
                <Table.Row key={g.id}>
                  <Table.Cell>{formatDateTime(g.grantedAt, i18n.language)}</Table.Cell>
                  <Table.Cell>{formatDateTime(g.expiresAt, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    {g.displayName ? `${g.displayName} (${g.username})` : g.username}, {t(`roles.${g.role}`, { defaultValue: g.role })}
                  </Table.Cell>
                  <Table.Cell>
                    {/* The report of everything seen about the person, one click away. */}
                    <Link asChild>
                      <RouterLink to={`/privacy/access-report?person=${encodeURIComponent(g.personId)}`}>
                        {t('privacyReport.reportFor', { personId: g.personId })}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{g.reason}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Page>
  );
}
