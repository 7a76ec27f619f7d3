import { Link } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { formatDate } from '../../../format/format';
import { useDebouncedCallback } from '../../../hooks/use-debounced-callback';
import { useArrivalChecklists } from '../api/use-health';
import { ChecklistStateTag } from '../components/state-tag';

type Row = NonNullable<ReturnType<typeof useArrivalChecklists>['data']>['items'][number];

/** The health worker's work list: everyone with an open arrival-checklist item, nearest deadline first. */
export default function ArrivalChecklistsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const commit = useDebouncedCallback((value: string) => setQ(value.trim()), 300);
  const list = useArrivalChecklists(q ? { q } : {});
  const title = t('health.checklists.title');
  const language = i18n.language;
  const name = (item: Row) => `${item.givenName} ${item.familyName}`;
  const unit = (item: Row) => t(`health.units.${item.responsibleUnit}`);
  const columns: TableColumn<Row>[] = [
    {
      id: 'person',
      header: t('health.checklists.person'),
      cell: (item) => (
        <Link asChild>
          <RouterLink to={`/refugee-health/persons/${item.personId}`}>{name(item)}</RouterLink>
        </Link>
      ),
      sortValue: name,
    },
    {
      id: 'arrivedOn',
      header: t('health.checklists.arrivedOn'),
      cell: (item) => formatDate(item.arrivedOn, language),
      sortValue: (item) => item.arrivedOn,
    },
    {
      id: 'next',
      header: t('health.checklists.next'),
      cell: (item) =>
        item.next ? (
          <>
            {t(`health.kind.${item.next.kind}`)}: {formatDate(item.next.dueOn, language)} <ChecklistStateTag state={item.next.state} />
          </>
        ) : (
          '–'
        ),
      sortValue: (item) => item.next?.dueOn,
    },
    { id: 'openItems', header: t('health.checklists.openItems'), cell: (item) => item.openItems, sortValue: (item) => item.openItems },
    { id: 'responsible', header: t('health.checklists.responsible'), cell: unit, sortValue: unit },
  ];

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
        <DataTable
          caption={title}
          columns={columns}
          rows={list.data?.items}
          rowKey={(item) => item.personId}
          query={{ isPending: list.isPending, error: list.error, feature: title }}
          emptyText={t('health.checklists.empty')}
          busy={list.isPlaceholderData}
        />
      </Section>
    </Page>
  );
}
