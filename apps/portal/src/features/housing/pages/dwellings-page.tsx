import { Checkbox } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { collectPages } from '../../../api/collect-pages';
import { CsvExportButton } from '../../../components/csv-export-button';
import { formatNumber, formatPercent, osloYear } from '../../../format/format';
import { fetchDwellings } from '../api/housing-api';
import { useDwellings, useVacancy } from '../api/use-housing';
import { DwellingForm } from '../components/dwelling-form';
import { dwellingColumns, DwellingTable } from '../components/dwelling-table';
import { YearSelect } from '../components/year-select';

/** The dwelling list endpoint's largest page. */
const EXPORT_PAGE = 500;

export default function DwellingsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useSession();
  const [vacantOnly, setVacantOnly] = useState(false);
  const [year, setYear] = useState(osloYear());
  const dwellings = useDwellings(vacantOnly);
  const vacancy = useVacancy(year);
  const items = dwellings.data?.items ?? [];
  const vacantNow = items.filter((d) => d.status === 'available' && !d.occupiedBy).length;
  // Every dwelling the filter finds. Addresses are no personal data and the list route is not
  // audited, so the export header changes nothing in the log; it is sent as every export sends it.
  const exportRows = () =>
    collectPages(async (offset, limit) => (await fetchDwellings({ vacantOnly, offset, limit }, undefined, true)).items, EXPORT_PAGE);
  const latest = vacancy.data?.quarters.filter((q) => q.vacancyPercent !== null).at(-1);

  return (
    <Page title={t('dwellings.title')} lead={t('dwellings.lead')}>
      <Section title={t('dwellings.vacancyHeading', { year })} id="vacancy">
        <div className="filters">
          <YearSelect value={year} onChange={setYear} />
        </div>
        <QueryState error={vacancy.error} isPending={vacancy.isPending} feature={t('dwellings.vacancyHeading', { year })} />
        {vacancy.data && (
          <>
            <KpiGrid label={t('dwellings.vacancyHeading', { year })}>
              <Kpi
                testId="kpi-vacancy"
                label={t('dwellings.latestVacancy', { quarter: latest?.quarter ?? '–' })}
                value={formatPercent(latest?.vacancyPercent, lang)}
                note={t('dwellings.target', { percent: formatPercent(latest?.targetPercent ?? 4, lang) })}
              />
              <Kpi label={t('dwellings.vacantNow')} value={dwellings.data ? formatNumber(vacantNow, lang) : '–'} />
              <Kpi label={t('dwellings.total')} value={dwellings.data ? formatNumber(dwellings.data.total, lang) : '–'} />
            </KpiGrid>
            <BarChartFigure
              caption={t('dwellings.vacancyChart', { year })}
              categoryKey="quarter"
              rows={vacancy.data.quarters.map((q) => ({
                quarter: q.quarter,
                vacancy: q.vacancyPercent,
                target: q.targetPercent,
              }))}
              series={[
                { key: 'vacancy', label: t('dwellings.vacancyPercent') },
                { key: 'target', label: t('dwellings.targetPercent') },
              ]}
            />
          </>
        )}
      </Section>
      <Section title={t('dwellings.listHeading')} id="list">
        <div className="filters">
          <Checkbox label={t('dwellings.vacantOnly')} checked={vacantOnly} onChange={(e) => setVacantOnly(e.target.checked)} />
          <CsvExportButton columns={dwellingColumns(t, lang)} fetchRows={exportRows} filename="boliger.csv" testId="dwellings-csv" />
        </div>
        <DwellingTable
          rows={dwellings.data?.items}
          query={{ isPending: dwellings.isPending, error: dwellings.error, feature: t('dwellings.title') }}
        />
      </Section>
      {can(user, 'dwellings:write') && (
        <Section title={t('dwelling.addHeading')} id="add-dwelling">
          <DwellingForm />
        </Section>
      )}
    </Page>
  );
}
