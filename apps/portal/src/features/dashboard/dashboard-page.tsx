import { useTranslation } from 'react-i18next';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/use-session';
import { Page } from '../../components/page';
import { EmptyState } from '../../components/states';
import { osloYear } from '../../format/format';
import {
  AttentionWidget,
  BreakGlassWidget,
  ChainWidget,
  CountyWidget,
  ReferralsWidget,
  SettlementWidget,
  VacancyWidget,
  VolunteeringWidget,
} from './widgets/widgets';

/** The landing page: each role sees the key figures of its own work, chosen by permission. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const year = osloYear();
  const widgets = [
    // The figures need housing:statistics; housing:read alone (the introduction advisor) would get a 403 box.
    can(user, 'housing:statistics') && <SettlementWidget key="settlement" year={year} />,
    can(user, 'dwellings:read') && can(user, 'housing:statistics') && <VacancyWidget key="vacancy" year={year} />,
    can(user, 'case:read') && <AttentionWidget key="attention" />,
    can(user, 'referral:read') && <ReferralsWidget key="referrals" />,
    can(user, 'audit:verify') && <ChainWidget key="chain" />,
    can(user, 'audit:read') && <BreakGlassWidget key="break-glass" />,
    // The KPIs are the coordinator's (volunteering:write); a volunteer has their own page instead.
    can(user, 'volunteering:write') && <VolunteeringWidget key="volunteering" />,
    can(user, 'statistics:county') && <CountyWidget key="county" year={year} />,
  ].filter(Boolean);
  return (
    <Page
      title={t('dashboard.title')}
      lead={
        user ? t('dashboard.greeting', { name: user.displayName, role: t(`roles.${user.role}`, { defaultValue: user.role }) }) : undefined
      }
    >
      {widgets.length === 0 ? <EmptyState text={t('dashboard.nothing')} /> : widgets}
    </Page>
  );
}
