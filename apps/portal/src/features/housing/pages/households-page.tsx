import { Checkbox, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { SelectField, TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useHouseholds } from '../api/use-housing';
import { countryName, filterHouseholds, householdName, householdStatus, type HouseholdFilters } from '../household-view';

const origins = ['reception-centre', 'quota-refugee', 'family-reunification', 'unaccompanied-minor'] as const;
const statuses = ['waiting', 'partly-settled', 'settled'] as const;
const statusColour = { waiting: 'warning', 'partly-settled': 'info', settled: 'success' } as const;

export default function HouseholdsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const households = useHouseholds();
  // Filters live in the URL so a filtered list can be bookmarked and survives "back".
  const [params, setParams] = useSearchParams();
  const filters: HouseholdFilters = {
    search: params.get('q') ?? '',
    origin: params.get('origin') ?? '',
    status: params.get('status') ?? '',
    minorsOnly: params.get('minors') === '1',
  };
  const setFilter = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const [search, setSearch] = useState(filters.search);
  const items = filterHouseholds(households.data?.items ?? [], filters);

  return (
    <Page
      title={t('households.title')}
      lead={t('households.lead')}
      actions={
        can(user, 'housing:write') ? (
          <Link asChild>
            <RouterLink to="/housing/households/new">{t('nav.registerHousehold')}</RouterLink>
          </Link>
        ) : undefined
      }
    >
      <form
        className="filters"
        role="search"
        aria-label={t('households.filtersLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('q', search);
        }}
      >
        <TextField
          label={t('households.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setFilter('q', e.target.value);
          }}
        />
        <SelectField label={t('households.origin')} value={filters.origin} onChange={(e) => setFilter('origin', e.target.value)}>
          <option value="">{t('common.all')}</option>
          {origins.map((origin) => (
            <option key={origin} value={origin}>
              {t(`origin.${origin}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('households.status')} value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
          <option value="">{t('common.all')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`householdStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        <Checkbox
          label={t('households.minorsOnly')}
          checked={filters.minorsOnly}
          onChange={(e) => setFilter('minors', e.target.checked ? '1' : '')}
        />
      </form>
      <QueryState error={households.error} isPending={households.isPending} feature={t('households.title')} />
      {households.data && (
        <>
          <p role="status" className="result-count">
            {t('households.count', { count: items.length, total: households.data.total })}
          </p>
          {items.length === 0 ? (
            <EmptyState text={t('households.empty')} />
          ) : (
            <div className="table-wrap">
              <Table data-size="sm" zebra>
                <caption className="sr-only">{t('households.title')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('households.name')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('households.members')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('households.origin')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('households.country')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('households.requestedOn')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('households.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {items.map((household) => {
                    const status = householdStatus(household);
                    return (
                      <Table.Row key={household.id}>
                        <Table.Cell>
                          <Link asChild>
                            <RouterLink to={`/housing/households/${household.id}`}>{householdName(household)}</RouterLink>
                          </Link>
                        </Table.Cell>
                        <Table.Cell>{household.members.length}</Table.Cell>
                        <Table.Cell>{t(`origin.${household.origin}`)}</Table.Cell>
                        <Table.Cell>{countryName(household.countryOfOrigin, i18n.language)}</Table.Cell>
                        <Table.Cell>{formatDate(household.requestedOn, i18n.language)}</Table.Cell>
                        <Table.Cell>
                          <Tag data-color={statusColour[status]}>{t(`householdStatus.${status}`)}</Tag>
                        </Table.Cell>
                      </Table.Row>
                    );
                  })}
                </Table.Body>
              </Table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
