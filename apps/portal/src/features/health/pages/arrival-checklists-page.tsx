import { Link, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useDebouncedCallback } from '../../../hooks/use-debounced-callback';
import { useArrivalChecklists } from '../api/use-health';
import { ChecklistStateTag } from '../components/state-tag';

/** The health worker's work list: everyone with an open arrival-checklist item, nearest deadline first. */
export default function ArrivalChecklistsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const commit = useDebouncedCallback((value: string) => setQ(value.trim()), 300);
  const list = useArrivalChecklists(q ? { q } : {});
  const items = list.data?.items ?? [];
  const title = t('health.checklists.title');

  return (
    <Page title={title} lead={t('health.checklists.lead')}>
      <Section title={title} id="arrival-checklists">
        <TextField
          label={t('health.checklists.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            commit(e.target.value);
          }}
        />
        <QueryState error={list.error} isPending={list.isPending} feature={title} />
        {list.data && items.length === 0 && <EmptyState text={t('health.checklists.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{title}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('health.checklists.person')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.arrivedOn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.next')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.openItems')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('health.checklists.responsible')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.personId}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/refugee-health/persons/${item.personId}`}>
                          {item.givenName} {item.familyName}
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{formatDate(item.arrivedOn, i18n.language)}</Table.Cell>
                    <Table.Cell>
                      {item.next ? (
                        <>
                          {t(`health.kind.${item.next.kind}`)}: {formatDate(item.next.dueOn, i18n.language)}{' '}
                          <ChecklistStateTag state={item.next.state} />
                        </>
                      ) : (
                        '–'
                      )}
                    </Table.Cell>
                    <Table.Cell>{item.openItems}</Table.Cell>
                    <Table.Cell>{t(`health.units.${item.responsibleUnit}`)}</Table.Cell>
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
