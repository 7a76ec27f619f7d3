import type { HouseholdPage } from '@ankomst/contracts/housing';
import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { collectPages } from '../../../api/collect-pages';
import { CsvExportButton } from '../../../components/csv-export-button';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { fetchHouseholds } from '../api/housing-api';
import { useHouseholds } from '../api/use-housing';
import { HouseholdFilters, type ListParams } from '../components/household-filters';
import { householdColumns, HouseholdTable } from '../components/household-table';
import { PersonLookupForm } from '../components/person-lookup-form';
import { type HouseholdListState, pageCount, readListState, shownRange, toHouseholdQuery } from '../household-list-state';

/** The list endpoint's largest page. */
const EXPORT_PAGE = 200;

export default function HouseholdsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  // Filters and page live in the URL so a filtered list can be bookmarked and survives "back".
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const households = useHouseholds(toHouseholdQuery(state));
  // Every household the filters find, not only the page on screen.
  const exportRows = () =>
    collectPages(
      async (offset, limit) => (await fetchHouseholds({ ...toHouseholdQuery(state), offset, limit }, undefined, true)).items,
      EXPORT_PAGE,
    );

  // A new filter starts again on page 1; turning a page is a step "back" can undo.
  const update = (changes: ListParams) => {
    const paging = 'page' in changes;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!paging) next.delete('page');
        return next;
      },
      { replace: !paging },
    );
  };

  return (
    <Page
      title={t('households.title')}
      lead={t('households.lead')}
      actions={
        <>
          {can(user, 'housing:write') && (
            <Link asChild>
              <RouterLink to="/housing/households/new">{t('nav.registerHousehold')}</RouterLink>
            </Link>
          )}
          <CsvExportButton
            columns={householdColumns(t, i18n.language)}
            fetchRows={exportRows}
            filename="husstander.csv"
            testId="households-csv"
          />
        </>
      }
    >
      <HouseholdFilters state={state} onChange={update} />
      <QueryState error={households.error} isPending={households.isPending} feature={t('households.title')} />
      {households.data && (
        <HouseholdResults
          result={households.data}
          state={state}
          busy={households.isPlaceholderData}
          onPage={(page) => update({ page: page > 1 ? String(page) : '' })}
        />
      )}
      <Section title={t('personLookup.title')} id="person-lookup">
        <PersonLookupForm />
      </Section>
    </Page>
  );
}

interface ResultsProps {
  result: HouseholdPage;
  state: HouseholdListState;
  busy: boolean;
  onPage: (page: number) => void;
}

function HouseholdResults({ result, state, busy, onPage }: ResultsProps) {
  const { t } = useTranslation();
  const { from, to } = shownRange(state, result.items.length);
  return (
    <>
      <p role="status" className="result-count">
        {result.items.length > 0 && t('households.range', { from, to, total: result.total })}
      </p>
      <HouseholdTable households={result.items} busy={busy} paging={{ page: state.page, pages: pageCount(result.total), onPage }} />
    </>
  );
}
