import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatNumber, formatPercent, osloYear } from '../../../format/format';
import { useSettlementProgress, useTimeToSettlement } from '../api/use-housing';
import { SettlementFiguresSection } from '../components/settlement-figures-section';
import { SettlementProgressPanel } from '../components/settlement-progress-panel';
import { YearSelect } from '../components/year-select';

/**
 * "Bosetting i år": the figures for the roles that hold housing:statistics; a role that reads
 * households but not the statistics (the introduction advisor) gets what it may see instead
 * of boxes saying "no access".
 */
export default function SettlementPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!can(user, 'housing:statistics')) {
    return (
      <Page title={t('settlement.title')} lead={t('settlement.lead')}>
        <Section title={t('nav.households')} id="households">
          <Paragraph data-testid="settlement-no-statistics">{t('settlement.noStatistics')}</Paragraph>
          <Link asChild>
            <RouterLink to="/housing/households">{t('settlement.seeHouseholds')}</RouterLink>
          </Link>
        </Section>
      </Page>
    );
  }
  return <SettlementFigures />;
}

function SettlementFigures() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [year, setYear] = useState(osloYear());
  const progress = useSettlementProgress(year);
  const timing = useTimeToSettlement(year);
  const lang = i18n.language;
  return (
    <Page
      title={t('settlement.title')}
      lead={t('settlement.lead')}
      actions={
        can(user, 'housing:write') ? (
          <Link asChild>
            <RouterLink to="/housing/households/new">{t('nav.registerHousehold')}</RouterLink>
          </Link>
        ) : undefined
      }
    >
      <div className="filters">
        <YearSelect value={year} onChange={setYear} />
      </div>
      <Section title={t('settlement.progressHeading', { year })} id="progress">
        <QueryState error={progress.error} isPending={progress.isPending} feature={t('settlement.title')} />
        {progress.data && <SettlementProgressPanel progress={progress.data} />}
      </Section>
      {can(user, 'housing:write') && (
        <Section title={t('settlementFigures.heading', { year })} id="figures">
          <SettlementFiguresSection year={year} />
        </Section>
      )}
      <Section title={t('settlement.timingHeading')} id="timing">
        <QueryState error={timing.error} isPending={timing.isPending} feature={t('settlement.timingHeading')} />
        {timing.data && (
          <>
            <Paragraph>{t('settlement.timingLead')}</Paragraph>
            <KpiGrid label={t('settlement.timingHeading')}>
              <Kpi
                label={t('settlement.requestToHousingMedian')}
                value={
                  timing.data.requestToHousing.medianDays === null
                    ? '–'
                    : t('common.days', { count: timing.data.requestToHousing.medianDays })
                }
                note={t('settlement.withinTarget', {
                  percent: formatPercent(timing.data.requestToHousing.percentWithinTarget, lang),
                  target: t('common.days', { count: timing.data.requestToHousing.targetDays }),
                })}
              />
              <Kpi
                label={t('settlement.permitToSettlementAdults')}
                value={formatPercent(timing.data.permitToSettlement.others.percentWithinTarget, lang)}
                note={t('settlement.targetMonths', { count: timing.data.permitToSettlement.others.targetMonths })}
              />
              <Kpi
                label={t('settlement.permitToSettlementMinors')}
                value={formatPercent(timing.data.permitToSettlement.unaccompaniedMinors.percentWithinTarget, lang)}
                note={t('settlement.targetMonths', {
                  count: timing.data.permitToSettlement.unaccompaniedMinors.targetMonths,
                })}
              />
              <Kpi
                label={t('settlement.settledCount')}
                value={formatNumber(
                  timing.data.permitToSettlement.others.count + timing.data.permitToSettlement.unaccompaniedMinors.count,
                  lang,
                )}
              />
            </KpiGrid>
          </>
        )}
      </Section>
    </Page>
  );
}
