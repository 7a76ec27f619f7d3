import { Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { queryKeys } from '../../api/query-keys';
import { setAccessToken } from '../../auth/token-store';
import { useSession } from '../../auth/use-session';
import { Page, Section } from '../../components/page';
import { ChangePasswordForm } from './change-password-form';

/** The signed-in user's own account: who they are signed in as, and their password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  // The gateway has ended every session of the account: forget this one too, and nothing of
  // it may stay in the cache, then say on the login page why the user is there.
  const signedOut = () => {
    setAccessToken(undefined);
    void navigate('/login', { replace: true, state: { notice: 'passwordChanged' } });
    queryClient.setQueryData(queryKeys.auth.me, null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
  };

  return (
    <Page
      title={t('account.title')}
      lead={user ? t('account.lead', { username: user.username, role: t(`roles.${user.role}`, { defaultValue: user.role }) }) : undefined}
    >
      <Section title={t('account.passwordHeading')} id="password">
        <Paragraph>{t('account.passwordLead')}</Paragraph>
        {user && <ChangePasswordForm onChanged={signedOut} />}
      </Section>
    </Page>
  );
}
