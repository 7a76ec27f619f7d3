import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useHealthAssessments } from '../api/use-health';

export default function HealthAssessmentsPage() {
  const { t, i18n } = useTranslation();
  const list = useHealthAssessments();
  const items = list.data?.items ?? [];

  return (
    <Page title={t('healthAssessmentsPage.title')} lead={t('healthAssessmentsPage.lead')}>
      <Section title={t('healthAssessmentsPage.title')} id="health-assessments">
        <QueryState error={list.error} isPending={list.isPending} feature={t('healthAssessmentsPage.title')} />
        {list.data && items.length === 0 && <EmptyState text={t('healthAssessmentsPage.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('healthAssessmentsPage.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('healthAssessmentsPage.person')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('healthAssessmentsPage.household')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('healthAssessmentsPage.registeredOn')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.id}>
                    <Table.Cell>{item.personId}</Table.Cell>
                    <Table.Cell>{item.householdId}</Table.Cell>
                    <Table.Cell>{formatDate(item.registeredOn, i18n.language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
    </Page>
  );
}
