import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useGuideRequests } from '../api/use-volunteering';

export default function GuideRequestsPage() {
  const { t, i18n } = useTranslation();
  const list = useGuideRequests();
  const items = list.data?.items ?? [];

  return (
    <Page title={t('guideRequestsPage.title')} lead={t('guideRequestsPage.lead')}>
      <Section title={t('guideRequestsPage.title')} id="guide-requests">
        <QueryState error={list.error} isPending={list.isPending} feature={t('guideRequestsPage.title')} />
        {list.data && items.length === 0 && <EmptyState text={t('guideRequestsPage.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('guideRequestsPage.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('guideRequestsPage.person')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guideRequestsPage.household')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('guideRequestsPage.registeredOn')}</Table.HeaderCell>
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
