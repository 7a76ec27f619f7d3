import { Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { SelectField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatNumber, osloToday } from '../../../format/format';
import { useOutcomes } from '../api/use-introduction';
import type { OutcomeReport } from '@ankomst/contracts/introduction';

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** Share in work or education at exit against 55 % and one year after against 70 %, by gender and sluttmål group. */
export default function OutcomesPage() {
  const { t, i18n } = useTranslation();
  const thisYear = Number(osloToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const report = useOutcomes(year);
  const r = report.data;
  const series = [
    { key: 'share', label: t('intro.outcomes.share') },
    { key: 'shareOneYear', label: t('intro.outcomes.shareOneYear') },
  ];
  const targets = r
    ? [
        { value: r.target * 100, label: t('intro.outcomes.target', { value: formatNumber(r.target * 100, i18n.language) }) },
        {
          value: r.targetOneYear * 100,
          label: t('intro.outcomes.targetOneYear', { value: formatNumber(r.targetOneYear * 100, i18n.language) }),
        },
      ]
    : [];
  const shares = (b: OutcomeReport['total']) => ({ share: percent(b.share), shareOneYear: percent(b.shareOneYear) });
  return (
    <Page title={t('intro.outcomes.title')} lead={t('intro.outcomes.lead')}>
      <SelectField label={t('intro.outcomes.year')} value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <QueryState error={report.error} isPending={report.isPending} feature={t('intro.outcomes.title')} />
      {r && (
        <>
          <Paragraph data-testid="outcome-total">
            {t('intro.outcomes.total', {
              exits: r.total.exits,
              share: r.total.share === null ? '–' : formatNumber(percent(r.total.share), i18n.language, 1),
              target: formatNumber(r.target * 100, i18n.language),
            })}
          </Paragraph>
          <Paragraph data-testid="outcome-one-year">
            {r.followUpsDue === 0 && r.total.followedUp === 0
              ? t('intro.outcomes.oneYearNone', { target: formatNumber(r.targetOneYear * 100, i18n.language) })
              : t('intro.outcomes.oneYear', {
                  followedUp: r.total.followedUp,
                  due: r.followUpsDue,
                  share: r.total.shareOneYear === null ? '–' : formatNumber(percent(r.total.shareOneYear), i18n.language, 1),
                  target: formatNumber(r.targetOneYear * 100, i18n.language),
                })}
          </Paragraph>
          <Section title={t('intro.outcomes.byGender')} id="by-gender">
            <BarChartFigure
              caption={t('intro.outcomes.byGender')}
              series={series}
              rows={r.byGender.map((b) => ({
                label: t(`sex.${b.key}`, { defaultValue: b.key }),
                ...shares(b),
              }))}
              targets={targets}
            />
          </Section>
          <Section title={t('intro.outcomes.byGroup')} id="by-group">
            <BarChartFigure
              caption={t('intro.outcomes.byGroup')}
              series={series}
              rows={r.bySluttmaalGroup.map((b) => ({
                label: t(`intro.group.${b.key}`, { defaultValue: b.key }),
                ...shares(b),
              }))}
              targets={targets}
            />
          </Section>
          <Section title={t('intro.outcomes.byOutcome')} id="by-outcome">
            <BarChartFigure
              caption={t('intro.outcomes.byOutcome')}
              series={[{ key: 'count', label: t('intro.outcomes.exits') }]}
              rows={r.byOutcome.map((b) => ({ label: t(`intro.exitOutcome.${b.outcome}`), count: b.count }))}
            />
          </Section>
        </>
      )}
    </Page>
  );
}
