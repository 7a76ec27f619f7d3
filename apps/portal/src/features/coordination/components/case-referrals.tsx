import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { useReferralsOfPersons } from '../api/use-cases';
import { ReferralForm } from './referral-form';
import { ReferralTable } from './referral-table';

type Member = { personId: string; givenName: string; familyName: string };

/** The case's referrals (its members', with the receiver's answers) and, for a unit that sends them, a new one. */
export function CaseReferrals({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const referrals = useReferralsOfPersons(members.map((m) => m.personId));
  return (
    <>
      <ReferralTable
        caption={t('referrals.inCase')}
        showCase={false}
        rows={referrals.data}
        query={{ isPending: referrals.isPending, error: referrals.error, feature: t('referrals.title') }}
        emptyText={t('referrals.emptyInCase')}
      />
      {can(user, 'referral:write') && (
        <details className="referral-new">
          <summary>{t('referrals.new')}</summary>
          <ReferralForm members={members} />
        </details>
      )}
    </>
  );
}
