import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../../../auth/use-session';
import { formatDateTime } from '../../../format/format';
import { useOwnBreakGlass } from '../api/use-privacy';

/**
 * Shown on every page while the user holds a running break-glass grant: nobody should forget
 * that what they now see is emergency access, logged as such. Asked again once a minute.
 */
export function BreakGlassBanner() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const mayBreakGlass = user?.permissions.includes('breakglass:use') ?? false;
  const own = useOwnBreakGlass(mayBreakGlass);
  const grants = (own.data?.grants ?? []).filter((grant) => new Date(grant.expiresAt).getTime() > Date.now());
  if (!mayBreakGlass || grants.length === 0) return null;
  return (
    <Alert data-color="danger" className="break-glass-banner" data-testid="break-glass-banner">
      <Paragraph>
        {t('breakGlassRequest.banner', { count: grants.length, until: formatDateTime(grants[0].expiresAt, i18n.language) })}{' '}
        <Link to="/break-glass">{t('breakGlassRequest.bannerLink')}</Link>
      </Paragraph>
    </Alert>
  );
}
