import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { Permission } from '../auth/permissions';
import { canAny } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { Loading, ServerError } from '../components/states';
import { Page } from '../components/page';
import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** Sends anonymous users to the login page (and back afterwards). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user, isLoading, error } = useSession();
  const location = useLocation();
  if (isLoading) return <Loading />;
  if (error) return <ServerError error={error} />;
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** A page the user has no permission for: said plainly, instead of a broken page. */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!canAny(user, anyOf)) {
    return (
      <Page title={t('forbidden.title')}>
        <Alert data-color="warning">
          <Paragraph>{t('forbidden.body')}</Paragraph>
        </Alert>
      </Page>
    );
  }
  return <>{children}</>;
}
