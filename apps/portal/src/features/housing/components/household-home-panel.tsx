import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useHouseholdHome } from '../api/use-housing-editing';

/** Where the household lives now (address and since when), for staff who allocate dwellings. */
export function HouseholdHomePanel({ householdId }: { householdId: string }) {
  const { t, i18n } = useTranslation();
  const home = useHouseholdHome(householdId);
  if (!home.data) return <QueryState error={home.error} isPending={home.isPending} feature={t('householdHome.title')} />;
  const tenancy = home.data.home;
  if (!tenancy) return <Paragraph data-testid="household-home">{t('householdHome.none')}</Paragraph>;
  return (
    <div data-testid="household-home">
      <dl className="facts">
        <div>
          <dt>{t('householdHome.address')}</dt>
          <dd>
            {tenancy.address}, {tenancy.postalCode}
          </dd>
        </div>
        <div>
          <dt>{t('householdHome.since')}</dt>
          <dd>{formatDate(tenancy.startDate, i18n.language)}</dd>
        </div>
      </dl>
      <Link asChild>
        <RouterLink to={`/housing/dwellings/${tenancy.dwellingId}`}>{t('householdHome.openDwelling')}</RouterLink>
      </Link>
    </div>
  );
}
