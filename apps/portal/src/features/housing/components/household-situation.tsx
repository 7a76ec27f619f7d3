import type { HouseholdDetail, HouseholdSituation, HouseholdTenancy } from '@ankomst/contracts/housing';
import { Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/page';
import { formatDate } from '../../../format/format';
import { AllocateDwellingPanel } from './allocate-dwelling-panel';

const colour: Record<HouseholdSituation, 'success' | 'warning' | 'info'> = {
  waiting: 'warning',
  'dwelling-allocated': 'info',
  'self-settlement-approved': 'info',
  'partly-settled': 'info',
  settled: 'success',
};

/** The household's status as the housing service derives it from the facts. */
export function HouseholdSituationTag({ situation }: { situation: HouseholdSituation }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colour[situation]} data-testid="household-situation">
      {t(`householdSituation.${situation}`)}
    </Tag>
  );
}

/** The active tenancy's address and first day, or that there is none. */
export function HouseholdHomeFact({ home }: { home: HouseholdTenancy | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <dt>{t('householdHome.label')}</dt>
      <dd data-testid="household-home">
        {home
          ? t('householdHome.value', { address: home.address, date: formatDate(home.startDate, i18n.language) })
          : t('householdHome.none')}
      </dd>
    </div>
  );
}

/** Allocation is offered only to a household without a home of its own yet (none allocated, none self-found, not settled). */
export const needsDwelling = (household: HouseholdDetail) =>
  !household.home && household.situation !== 'self-settlement-approved' && household.situation !== 'settled';

/**
 * "Tildel bolig" while the household needs a dwelling. After an allocation on this visit the
 * panel stays to confirm it (and link on to the case view); after a reload it is gone.
 */
export function AllocateDwellingSection({ household }: { household: HouseholdDetail }) {
  const { t } = useTranslation();
  const [neededOnArrival] = useState(() => needsDwelling(household));
  if (!needsDwelling(household) && !(neededOnArrival && household.home)) return null;
  return (
    <Section title={t('allocate.title')} id="allocate">
      <AllocateDwellingPanel householdId={household.id} />
    </Section>
  );
}
