import type { GuideRequestView } from '@ankomst/contracts/volunteering';
import { Alert, Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { EmptyState, QueryState, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useGuideRequests, useProposeMatch, useSuggestions } from '../api/use-volunteering';

/** The waiting list, longest wait first; for one person the suggested volunteers, each explained by its criteria. */
export default function GuideRequestsPage() {
  const { t, i18n } = useTranslation();
  const list = useGuideRequests();
  const [selected, setSelected] = useState<string>();
  const wishes = (item: GuideRequestView) =>
    [item.languages.join(', '), item.area, item.availability.map((a) => t(`volunteering.availability.${a}`)).join(', ')].join(' · ');
  const source = (item: GuideRequestView) => t(`guideRequestsPage.sources.${item.source}`);
  const status = (item: GuideRequestView) => t(`guideRequestsPage.statuses.${item.status}`);
  const columns: TableColumn<GuideRequestView>[] = [
    { id: 'person', header: t('guideRequestsPage.person'), cell: (item) => item.name, sortValue: (item) => item.name },
    {
      id: 'waiting',
      header: t('guideRequestsPage.waiting'),
      cell: (item) => `${t('common.days', { count: item.waitingDays })} (${formatDate(item.registeredOn, i18n.language)})`,
      sortValue: (item) => item.waitingDays,
    },
    { id: 'wishes', header: t('guideRequestsPage.wishes'), cell: wishes },
    { id: 'source', header: t('guideRequestsPage.source'), cell: source, sortValue: source },
    { id: 'status', header: t('guideRequestsPage.status'), cell: status, sortValue: status },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (item) =>
        item.status === 'waiting' && (
          <Button variant="secondary" data-size="sm" onClick={() => setSelected(item.id)}>
            {t('guideRequestsPage.suggest')}
          </Button>
        ),
    },
  ];

  return (
    <Page title={t('guideRequestsPage.title')}>
      <Section title={t('guideRequestsPage.title')} id="guide-requests">
        <DataTable
          caption={t('guideRequestsPage.title')}
          columns={columns}
          rows={list.data?.items}
          rowKey={(item) => item.id}
          query={{ isPending: list.isPending, error: list.error, feature: t('guideRequestsPage.title') }}
          emptyText={t('guideRequestsPage.empty')}
        />
      </Section>
      {selected && <Suggestions requestId={selected} />}
    </Page>
  );
}

function Suggestions({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const suggestions = useSuggestions(requestId);
  const propose = useProposeMatch();
  const data = suggestions.data;
  if (!data) return <QueryState error={suggestions.error} isPending={suggestions.isPending} feature={t('guideRequestsPage.title')} />;
  return (
    <Section title={t('guideRequestsPage.suggestionsTitle', { name: data.request.name })} id="suggestions">
      {data.suggestions.length === 0 && <EmptyState text={t('guideRequestsPage.noSuggestions')} />}
      <ol className="stack">
        {data.suggestions.map((s) => (
          <li key={s.guide.id} data-testid="suggestion">
            <strong>{s.guide.name}</strong> ({t(`volunteering.roles.${s.guide.role}`)}) – {t('guideRequestsPage.score', { score: s.score })}
            <Paragraph data-size="sm">
              {t('guideRequestsPage.passed')}:{' '}
              {s.passed.map((p) => `${t(`volunteering.filters.${p.filter}`)} (${p.matched.join(', ')})`).join(' · ')}
            </Paragraph>
            <ul>
              {s.criteria.map((c) => (
                <li key={c.criterion}>
                  {t(`volunteering.criteria.${c.criterion}`)}: {c.points}/{c.max}
                  {c.matched.length > 0 ? ` – ${c.matched.join(', ')}` : ''}
                </li>
              ))}
            </ul>
            <Button
              data-size="sm"
              disabled={propose.isPending || propose.isSuccess}
              onClick={() => propose.mutate({ requestId, guideId: s.guide.id })}
            >
              {t('guideRequestsPage.propose', { name: s.guide.name })}
            </Button>
          </li>
        ))}
      </ol>
      {data.excluded.length > 0 && (
        <details>
          <summary>{t('guideRequestsPage.excludedTitle', { count: data.excluded.length })}</summary>
          <ul>
            {data.excluded.map((e) => (
              <li key={e.guideId}>
                {e.name}: <Tag data-size="sm">{t(`volunteering.filters.${e.filter}`)}</Tag>
              </li>
            ))}
          </ul>
        </details>
      )}
      {propose.error && <ServerError error={propose.error} />}
      {propose.isSuccess && (
        <Alert data-color="success" role="status" data-testid="match-proposed">
          {t('guideRequestsPage.proposed')}
        </Alert>
      )}
    </Section>
  );
}
