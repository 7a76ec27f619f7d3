import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatNumber, osloYear } from '../../../format/format';
import { YearSelect } from '../../housing/components/year-select';
import { useSettlementPlanning } from '../api/use-planning';
import { PlanningTable } from '../components/planning-table';

/** The refugee service's early warning: where the dwellings will not be enough for those still to settle. */
export default function PlanningPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(osloYear());
  const plan = useSettlementPlanning(year);
  const data = plan.data;
  const firstShort = data?.quarters.find((q) => q.shortfall > 0);
  return (
    <Page title={t('planningPage.title')} lead={t('planningPage.lead')}>
      <div className="filters">
        <YearSelect value={year} onChange={setYear} />
      </div>
      <QueryState error={plan.error} isPending={plan.isPending} feature={t('planningPage.title')} />
      {data && (
        <>
          <Section title={t('planningPage.remainingHeading', { year })} id="remaining">
            <KpiGrid label={t('planningPage.remainingHeading', { year })}>
              <Kpi
                testId="planning-remaining"
                label={t('planningPage.remaining')}
                value={formatNumber(data.remaining.total, i18n.language)}
              />
              <Kpi label={t('planningPage.remainingMinors')} value={formatNumber(data.remaining.unaccompaniedMinors, i18n.language)} />
            </KpiGrid>
            <Paragraph>{t(`planningPage.basis.${data.basis}`)}</Paragraph>
            {firstShort && (
              <Alert data-color="warning" data-testid="planning-shortfall">
                <Paragraph>{t('planningPage.shortfallWarning', { count: firstShort.shortfall, quarter: firstShort.quarter })}</Paragraph>
              </Alert>
            )}
          </Section>
          <Section title={t('planningPage.quartersHeading')} id="quarters">
            <BarChartFigure
              caption={t('planningPage.chartCaption', { year })}
              rows={data.quarters.map((q) => ({ label: q.quarter, need: q.cumulativeNeed, places: q.cumulativePlaces }))}
              series={[
                { key: 'need', label: t('planningPage.need') },
                { key: 'places', label: t('planningPage.places') },
              ]}
            />
            <PlanningTable caption={t('planningPage.quartersHeading')} quarters={data.quarters} />
            <Paragraph data-size="sm">{t('planningPage.placesNote')}</Paragraph>
          </Section>
        </>
      )}
    </Page>
  );
}
