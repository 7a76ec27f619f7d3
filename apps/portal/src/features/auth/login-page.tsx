import { Alert, Button, Divider, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../../app/language-switch';
import { takeSignOutNotice } from '../../auth/token-store';
import { useOidcProviders, useSession } from '../../auth/use-session';
import { Loading } from '../../components/states';
import { LoginForm } from './login-form';

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { user, isLoading } = useSession();
  const providers = useOidcProviders();
  const [notice] = useState(takeSignOutNotice);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    document.title = `${t('auth.title')} – ${t('app.name')}`;
  }, [t]);

  if (isLoading) return <Loading />;
  if (user) return <Navigate to={from} replace />;
  return (
    <main id="main" className="login">
      <div className="login-top">
        <LanguageSwitch />
      </div>
      <Heading level={1} data-size="md">
        {t('auth.title')}
      </Heading>
      <Paragraph className="page-lead">{t('auth.lead')}</Paragraph>
      {notice === 'passwordChanged' && (
        <Alert data-color="success" role="status" data-testid="login-notice">
          {t('account.changed')}
        </Alert>
      )}
      {(providers.data ?? []).length > 0 && (
        <>
          <div className="stack">
            {providers.data?.map((provider) => (
              <Button key={provider.municipality} variant="secondary" asChild>
                <a href={provider.loginUrl} data-testid="oidc-login">
                  {t('auth.signInWith', {
                    provider: t(`municipality.${provider.municipality}`, {
                      defaultValue: t('municipality.fallback', { number: provider.municipality }),
                    }),
                  })}
                </a>
              </Button>
            ))}
          </div>
          <Divider />
          <Paragraph data-size="sm">{t('auth.orLocal')}</Paragraph>
        </>
      )}
      <LoginForm onSuccess={() => void navigate(from, { replace: true })} />
      <Divider />
      <Paragraph data-size="sm">
        <Link to="/volunteer/sign-up" data-testid="volunteer-sign-up-link">
          {t('volunteerLinks.signUp')}
        </Link>{' '}
        · <Link to="/volunteer/request-guide">{t('volunteerLinks.requestGuide')}</Link>
      </Paragraph>
    </main>
  );
}
