import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useProgrammeCandidates } from '../api/use-introduction';

export default function ProgrammeCandidatesPage() {
  const { t, i18n } = useTranslation();
  const list = useProgrammeCandidates();
  const items = list.data?.items ?? [];

  return (
    <Page title={t('programmeCandidatesPage.title')} lead={t('programmeCandidatesPage.lead')}>
      <Section title={t('programmeCandidatesPage.title')} id="programme-candidates">
        <QueryState error={list.error} isPending={list.isPending} feature={t('programmeCandidatesPage.title')} />
        {list.data && items.length === 0 && <EmptyState text={t('programmeCandidatesPage.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('programmeCandidatesPage.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('programmeCandidatesPage.person')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('programmeCandidatesPage.household')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('programmeCandidatesPage.registeredOn')}</Table.HeaderCell>
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
