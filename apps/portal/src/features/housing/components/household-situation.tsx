import type { HouseholdDetail, HouseholdSituation } from '@ankomst/contracts/housing';
import { Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/page';
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
