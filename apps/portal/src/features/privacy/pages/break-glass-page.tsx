import type { BreakGlassGrant } from '@ankomst/contracts';
import { Link } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { Page } from '../../../components/page';
import { formatDateTime } from '../../../format/format';
import { useBreakGlassGrants } from '../api/use-privacy';

function grantColumns(t: TFunction, language: string): TableColumn<BreakGlassGrant>[] {
  const user = (g: BreakGlassGrant) =>
    `${g.displayName ? `${g.displayName} (${g.username})` : g.username}, ${t(`roles.${g.role}`, { defaultValue: g.role })}`;
  return [
    {
      id: 'granted',
      header: t('breakGlass.granted'),
      cell: (g) => formatDateTime(g.grantedAt, language),
      sortValue: (g) => g.grantedAt,
    },
    {
      id: 'expires',
      header: t('breakGlass.expires'),
      cell: (g) => formatDateTime(g.expiresAt, language),
      sortValue: (g) => g.expiresAt,
    },
    { id: 'user', header: t('audit.user'), cell: user, sortValue: user },
    {
      id: 'person',
      header: t('audit.person'),
      // The report of everything seen about the person, one click away.
      cell: (g) => (
        <Link asChild>
          <RouterLink to={`/privacy/access-report?person=${encodeURIComponent(g.personId)}`}>
            {t('privacyReport.reportFor', { personId: g.personId })}
          </RouterLink>
        </Link>
      ),
    },
    { id: 'reason', header: t('breakGlass.reason'), cell: (g) => g.reason },
  ];
}

/** Every emergency access, with the reason given, for the privacy officer's follow-up. */
export default function BreakGlassPage() {
  const { t, i18n } = useTranslation();
  const grants = useBreakGlassGrants();
  return (
    <Page title={t('breakGlass.title')} lead={t('breakGlass.lead')}>
      <DataTable
        caption={t('breakGlass.title')}
        columns={grantColumns(t, i18n.language)}
        rows={grants.data}
        rowKey={(g) => g.id}
        query={{ isPending: grants.isPending, error: grants.error, feature: t('breakGlass.title') }}
        emptyText={t('breakGlass.empty')}
      />
    </Page>
  );
}
