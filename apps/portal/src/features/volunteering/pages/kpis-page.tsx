import { guideRoles } from '@ankomst/contracts/volunteering';
import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BarChartFigure } from '../../../components/charts/bar-chart-figure';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useVolunteeringKpis, useVolunteeringReminders } from '../api/use-volunteering';

const statuses = ['applicant', 'approved', 'rejected', 'withdrawn'] as const;

/** Aggregates only (no person): volunteers by role and status, the waiting list, gender balance, hours per month. */
export default function VolunteeringKpisPage() {
  const { t, i18n } = useTranslation();
  const kpis = useVolunteeringKpis();
  const reminders = useVolunteeringReminders();
  const data = kpis.data;
  const days = (n: number | null) => (n === null ? '–' : t('common.days', { count: n }));

  return (
    <Page title={t('volunteeringKpisPage.title')}>
      <QueryState error={kpis.error} isPending={kpis.isPending} feature={t('volunteeringKpisPage.title')} />
      {data && (
        <>
          <KpiGrid label={t('volunteeringKpisPage.title')}>
            <Kpi label={t('volunteeringKpisPage.waiting')} value={data.waiting.count} testId="kpi-waiting" />
            <Kpi label={t('volunteeringKpisPage.medianWait')} value={days(data.waiting.medianDays)} />
            <Kpi label={t('volunteeringKpisPage.longestWait')} value={days(data.waiting.longestDays)} />
            <Kpi label={t('volunteeringKpisPage.active')} value={data.activeMatches} testId="kpi-active" />
            <Kpi label={t('volunteeringKpisPage.flagged')} value={data.flaggedMatches} />
          </KpiGrid>
          <Section title={t('volunteeringKpisPage.byRole')} id="by-role">
            <BarChartFigure
              caption={t('volunteeringKpisPage.byRole')}
              rows={guideRoles.map((role) => ({
                label: t(`volunteering.roles.${role}`),
                ...Object.fromEntries(
                  statuses.map((status) => [
                    status,
                    data.guidesByRoleAndStatus.find((r) => r.role === role && r.status === status)?.count ?? 0,
                  ]),
                ),
              }))}
              series={statuses.map((status) => ({ key: status, label: t(`volunteering.statuses.${status}`) }))}
            />
          </Section>
          <Section title={t('volunteeringKpisPage.gender')} id="gender">
            <BarChartFigure
              caption={t('volunteeringKpisPage.gender')}
              rows={data.genderBalance.map((g) => ({ label: t(`volunteering.genders.${g.gender ?? 'unsaid'}`), count: g.count }))}
              series={[{ key: 'count', label: t('volunteeringKpisPage.count') }]}
            />
          </Section>
          <Section title={t('volunteeringKpisPage.hours')} id="hours">
            <div data-testid="kpi-hours">
              <BarChartFigure
                caption={t('volunteeringKpisPage.hours')}
                rows={data.hoursPerMonth.map((h) => ({ label: h.month, hours: Math.round((h.minutes / 60) * 10) / 10 }))}
                series={[{ key: 'hours', label: t('matchesPage.hours') }]}
              />
            </div>
          </Section>
        </>
      )}
      <Section title={t('volunteeringKpisPage.remindersTitle')} id="reminders">
        <QueryState error={reminders.error} isPending={reminders.isPending} feature={t('volunteeringKpisPage.remindersTitle')} />
        {reminders.data && reminders.data.items.length === 0 && <EmptyState text={t('volunteeringKpisPage.noReminders')} />}
        {reminders.data && reminders.data.items.length > 0 && (
          <Table data-size="sm">
            <caption className="sr-only">{t('volunteeringKpisPage.remindersTitle')}</caption>
            <Table.Body>
              {reminders.data.items.map((item) => (
                <Table.Row key={`${item.kind}-${item.subjectId}`}>
                  <Table.Cell>
                    {item.kind === 'first-aid' || item.kind === 'evaluation'
                      ? t(`volunteering.steps.${item.kind}`)
                      : t(`volunteeringKpisPage.reminderKinds.${item.kind}`)}
                  </Table.Cell>
                  <Table.Cell>{item.name}</Table.Cell>
                  <Table.Cell>
                    {item.dueOn ? formatDate(item.dueOn, i18n.language) : ''}
                    {item.daysLeft !== null && item.daysLeft >= 0 ? ` (${t('volunteeringKpisPage.within', { count: item.daysLeft })})` : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Section>
    </Page>
  );
}
