import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatNumber, formatPercent } from '../../../format/format';
import { useAttention, useReferrals } from '../../coordination/api/use-cases';
import { useSettlementProgress, useVacancy } from '../../housing/api/use-housing';
import { SettlementProgressPanel } from '../../housing/components/settlement-progress-panel';
import { useBreakGlassGrants, useChainVerification } from '../../privacy/api/use-privacy';
import { useCountyStatistics } from '../../planning/api/use-planning';
import { useVolunteeringKpis } from '../../volunteering/api/use-volunteering';

export function SettlementWidget({ year }: { year: number }) {
  const { t } = useTranslation();
  const progress = useSettlementProgress(year);
  return (
    <Section title={t('settlement.progressHeading', { year })} id="dash-settlement">
      <QueryState error={progress.error} isPending={progress.isPending} feature={t('settlement.title')} />
      {progress.data && <SettlementProgressPanel progress={progress.data} />}
    </Section>
  );
}

export function VacancyWidget({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const vacancy = useVacancy(year);
  const quarters = vacancy.data?.quarters ?? [];
  const latest = quarters.filter((q) => q.vacancyPercent !== null).at(-1);
  return (
    <Section title={t('dwellings.vacancyHeading', { year })} id="dash-vacancy">
      <QueryState error={vacancy.error} isPending={vacancy.isPending} feature={t('dwellings.vacancyHeading', { year })} />
      {vacancy.data && (
        <KpiGrid label={t('dwellings.vacancyHeading', { year })}>
          <Kpi
            label={t('dwellings.latestVacancy', { quarter: latest?.quarter ?? '–' })}
            value={formatPercent(latest?.vacancyPercent, i18n.language)}
            note={t('dwellings.target', { percent: formatPercent(latest?.targetPercent ?? 4, i18n.language) })}
          />
          <Kpi label={t('dwellings.total')} value={formatNumber(latest?.dwellings, i18n.language)} />
        </KpiGrid>
      )}
    </Section>
  );
}

export function AttentionWidget() {
  const { t } = useTranslation();
  const attention = useAttention(14);
  const items = attention.data?.items ?? [];
  const byDepartment = new Map<string, { overdue: number; dueSoon: number }>();
  for (const item of items) {
    const entry = byDepartment.get(item.department) ?? { overdue: 0, dueSoon: 0 };
    if (item.state === 'overdue') entry.overdue += 1;
    else entry.dueSoon += 1;
    byDepartment.set(item.department, entry);
  }
  return (
    <Section title={t('attention.title')} id="dash-attention">
      <QueryState error={attention.error} isPending={attention.isPending} feature={t('attention.title')} />
      {attention.data && (
        <>
          <KpiGrid label={t('attention.title')}>
            <Kpi testId="kpi-overdue" label={t('deadline.overdue')} value={items.filter((i) => i.state === 'overdue').length} />
            <Kpi label={t('deadline.due-soon')} value={items.filter((i) => i.state !== 'overdue').length} />
          </KpiGrid>
          {byDepartment.size > 0 && (
            <BarChartFigure
              caption={t('attention.byDepartment')}
              rows={[...byDepartment].map(([department, counts]) => ({
                label: t(`department.${department}`, { defaultValue: department }),
                overdue: counts.overdue,
                dueSoon: counts.dueSoon,
              }))}
              series={[
                { key: 'overdue', label: t('deadline.overdue') },
                { key: 'dueSoon', label: t('deadline.due-soon') },
              ]}
            />
          )}
          <Link asChild>
            <RouterLink to="/coordination/attention">{t('attention.open')}</RouterLink>
          </Link>
        </>
      )}
    </Section>
  );
}

export function ReferralsWidget() {
  const { t } = useTranslation();
  const referrals = useReferrals('');
  const counts = new Map<string, number>();
  for (const r of referrals.data ?? []) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return (
    <Section title={t('referrals.title')} id="dash-referrals">
      <QueryState error={referrals.error} isPending={referrals.isPending} feature={t('referrals.title')} />
      {referrals.data && (
        <KpiGrid label={t('referrals.title')}>
          <Kpi label={t('referrals.total')} value={referrals.data.length} />
          {[...counts].map(([status, count]) => (
            <Kpi key={status} label={t(`referrals.statusKind.${status}`, { defaultValue: status })} value={count} />
          ))}
        </KpiGrid>
      )}
    </Section>
  );
}

export function ChainWidget() {
  const { t } = useTranslation();
  const chain = useChainVerification();
  return (
    <Section title={t('chain.title')} id="dash-chain">
      <QueryState error={chain.error} isPending={chain.isPending} feature={t('chain.title')} />
      {chain.data && (
        <Alert data-color={chain.data.ok ? 'success' : 'danger'}>
          <Paragraph>{chain.data.ok ? t('chain.ok') : t('chain.broken')}</Paragraph>
        </Alert>
      )}
    </Section>
  );
}

export function BreakGlassWidget() {
  const { t } = useTranslation();
  const grants = useBreakGlassGrants();
  const since = Date.now() - 30 * 24 * 3600_000;
  return (
    <Section title={t('breakGlass.title')} id="dash-break-glass">
      <QueryState error={grants.error} isPending={grants.isPending} feature={t('breakGlass.title')} />
      {grants.data && (
        <KpiGrid label={t('breakGlass.title')}>
          <Kpi label={t('breakGlass.last30')} value={grants.data.filter((g) => Date.parse(g.grantedAt) >= since).length} />
          <Kpi label={t('breakGlass.total')} value={grants.data.length} />
        </KpiGrid>
      )}
    </Section>
  );
}

/** The coordinator's key volunteering figures, from the KPI endpoint (aggregates only). */
export function VolunteeringWidget() {
  const { t } = useTranslation();
  const kpis = useVolunteeringKpis();
  const title = t('dashboard.figures.volunteering');
  return (
    <Section title={title} id="dash-volunteering">
      <QueryState error={kpis.error} isPending={kpis.isPending} feature={title} />
      {kpis.data && (
        <>
          <KpiGrid label={title}>
            <Kpi label={t('volunteeringKpisPage.waiting')} value={kpis.data.waiting.count} />
            <Kpi label={t('volunteeringKpisPage.active')} value={kpis.data.activeMatches} />
            <Kpi label={t('volunteeringKpisPage.flagged')} value={kpis.data.flaggedMatches} />
          </KpiGrid>
          <Link asChild>
            <RouterLink to="/volunteering/kpis">{t('dashboard.openVolunteering')}</RouterLink>
          </Link>
        </>
      )}
    </Section>
  );
}

/** The county analyst's summary of the county: public requests and decisions summed, the table on its own page. */
export function CountyWidget({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const county = useCountyStatistics(year);
  const title = t('dashboard.figures.county');
  const municipalities = county.data?.municipalities ?? [];
  const sum = (pick: (m: (typeof municipalities)[number]) => number | undefined) =>
    municipalities.reduce((total, m) => total + (pick(m) ?? 0), 0);
  return (
    <Section title={title} id="dash-county">
      <QueryState error={county.error} isPending={county.isPending} feature={title} />
      {county.data && (
        <>
          <KpiGrid label={title}>
            <Kpi label={t('dashboard.figureNames.municipalities')} value={formatNumber(municipalities.length, i18n.language)} />
            <Kpi
              label={t('dashboard.figureNames.requested')}
              value={formatNumber(
                sum((m) => m.requested?.total),
                i18n.language,
              )}
            />
            <Kpi
              label={t('dashboard.figureNames.decided')}
              value={formatNumber(
                sum((m) => m.decided?.total),
                i18n.language,
              )}
            />
          </KpiGrid>
          <Link asChild>
            <RouterLink to="/county">{t('dashboard.openCounty')}</RouterLink>
          </Link>
        </>
      )}
    </Section>
  );
}
