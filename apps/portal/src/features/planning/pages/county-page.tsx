import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../auth/use-session';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { osloYear } from '../../../format/format';
import { YearSelect } from '../../housing/components/year-select';
import { useCountyStatistics } from '../api/use-planning';
import { CountyTable } from '../components/county-table';

/** The county governor's view: aggregates per municipality of the analyst's county, never a person. */
export default function CountyPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [year, setYear] = useState(osloYear());
  const county = useCountyStatistics(year);
  const data = county.data;
  return (
    <Page title={t('countyPage.title')} lead={t('countyPage.lead', { county: data?.county ?? user?.municipality.slice(0, 2) ?? '' })}>
      <div className="filters">
        <YearSelect value={year} onChange={setYear} />
      </div>
      <QueryState error={county.error} isPending={county.isPending} feature={t('countyPage.title')} />
      {data && data.municipalities.length === 0 && <EmptyState text={t('countyPage.empty')} />}
      {data && data.municipalities.length > 0 && (
        <CountyTable caption={t('countyPage.tableCaption', { year })} municipalities={data.municipalities} />
      )}
    </Page>
  );
}
