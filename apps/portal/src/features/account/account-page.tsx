import { Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../api/query-keys';
import { setAccessToken, setSignOutNotice } from '../../auth/token-store';
import { useSession } from '../../auth/use-session';
import { Page, Section } from '../../components/page';
import { ChangePasswordForm } from './change-password-form';

/** The signed-in user's own account: who they are signed in as, and their password. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();

  // The gateway has ended every session of the account: forget this one too, and nothing of
  // it may stay in the cache, and the shell takes the user to the login page, which says why.
  const signedOut = () => {
    setSignOutNotice('passwordChanged');
    setAccessToken(undefined);
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
