import type { SettlementProgress } from '@ankomst/contracts/housing';
import { useTranslation } from 'react-i18next';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { formatNumber, formatPercent } from '../../../format/format';

/** IMDi's request vs the council's decision vs settled so far, in total and for minors. */
export function SettlementProgressPanel({ progress }: { progress: SettlementProgress }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = [
    {
      label: t('settlement.total'),
      requested: progress.requested.total,
      decided: progress.decided?.total ?? null,
      settled: progress.settled.total,
    },
    {
      label: t('settlement.unaccompaniedMinors'),
      requested: progress.requested.unaccompaniedMinors,
      decided: progress.decided?.unaccompaniedMinors ?? null,
      settled: progress.settled.unaccompaniedMinors,
    },
  ];
  return (
    <>
      <KpiGrid label={t('settlement.kpisLabel', { year: progress.year })}>
        <Kpi testId="kpi-requested" label={t('settlement.requested')} value={formatNumber(progress.requested.total, lang)} />
        <Kpi
          testId="kpi-decided"
          label={t('settlement.decided')}
          value={progress.decided ? formatNumber(progress.decided.total, lang) : t('settlement.noDecision')}
        />
        <Kpi testId="kpi-settled" label={t('settlement.settled')} value={formatNumber(progress.settled.total, lang)} />
        <Kpi
          testId="kpi-progress"
          label={t('settlement.percentOfDecided')}
          value={formatPercent(progress.percentOfDecided, lang)}
          note={progress.remainingToDecided !== null ? t('settlement.remaining', { count: progress.remainingToDecided }) : undefined}
        />
      </KpiGrid>
      <BarChartFigure
        caption={t('settlement.chartCaption', { year: progress.year })}
        rows={rows}
        series={[
          { key: 'requested', label: t('settlement.requested') },
          { key: 'decided', label: t('settlement.decided') },
          { key: 'settled', label: t('settlement.settled') },
        ]}
      />
    </>
  );
}
