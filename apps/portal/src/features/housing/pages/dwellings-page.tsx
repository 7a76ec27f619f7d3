import { Checkbox, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate, formatNok, formatNumber, formatPercent, osloYear } from '../../../format/format';
import { useDwellings, useVacancy } from '../api/use-housing';
import { DwellingForm } from '../components/dwelling-form';
import { YearSelect } from '../components/year-select';

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
        </div>
        <QueryState error={dwellings.error} isPending={dwellings.isPending} feature={t('dwellings.title')} />
        {dwellings.data && items.length === 0 && <EmptyState text={t('dwellings.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('dwellings.listHeading')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('dwellings.address')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwellings.ownership')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwellings.rooms')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwellings.size')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwellings.rent')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwellings.availableFrom')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('dwellings.state')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((d) => {
                  const state = d.occupiedBy ? 'occupied' : d.status;
                  return (
                    <Table.Row key={d.id}>
                      <Table.Cell>
                        <Link asChild>
                          <RouterLink to={`/housing/dwellings/${d.id}`}>
                            {d.address}, {d.postalCode}
                          </RouterLink>
                        </Link>
                        {d.accessible && (
                          <>
                            {' '}
                            <Tag data-size="sm" data-color="info">
                              {t('dwellings.accessible')}
                            </Tag>
                          </>
                        )}
                      </Table.Cell>
                      <Table.Cell>{t(`dwellings.ownershipKind.${d.ownership}`)}</Table.Cell>
                      <Table.Cell>{d.rooms}</Table.Cell>
                      <Table.Cell>{t('dwellings.squareMetres', { value: formatNumber(d.sizeSquareMetres, lang) })}</Table.Cell>
                      <Table.Cell>{formatNok(d.monthlyRentNok, lang)}</Table.Cell>
                      <Table.Cell>{formatDate(d.availableFrom, lang)}</Table.Cell>
                      <Table.Cell>
                        <Tag data-color={state === 'available' ? 'success' : state === 'occupied' ? 'neutral' : 'warning'}>
                          {t(`dwellings.stateKind.${state}`)}
                        </Tag>
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
      {can(user, 'dwellings:write') && (
        <Section title={t('dwelling.addHeading')} id="add-dwelling">
          <DwellingForm />
        </Section>
      )}
    </Page>
  );
}
