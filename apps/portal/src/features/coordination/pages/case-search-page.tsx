import { type CaseSummary, searchCases } from '@ankomst/contracts/case-overview';
import { Button, Link, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { CsvExportButton } from '../../../components/csv-export-button';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { SelectField, TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { formatDate } from '../../../format/format';
import { zodFieldErrors } from '../../../forms/rule-messages';
import { exportCases } from '../api/cases-api';
import { useCaseSearch } from '../api/use-cases';
import { DeadlineTag } from '../components/deadline-tag';

const statuses = ['registered', 'dwelling-allocated', 'settled', 'tenancy-ended'];
const deadlines = ['overdue', 'due-soon', 'on-track', 'none'];

const names = (item: CaseSummary) => item.members.map((m) => `${m.givenName} ${m.familyName}`).join(', ');

/** The search result's columns, for the table and its CSV export. */
function caseColumns(t: TFunction, language: string): TableColumn<CaseSummary>[] {
  const status = (item: CaseSummary) => t(`caseStatus.${item.status}`);
  const deadline = (item: CaseSummary) => t(`deadline.${item.deadline}`, { defaultValue: item.deadline });
  return [
    {
      id: 'household',
      header: t('cases.household'),
      cell: (item) => (
        <Link asChild>
          <RouterLink to={`/coordination/cases/${item.householdId}`}>{names(item)}</RouterLink>
        </Link>
      ),
      sortValue: names,
      text: names,
    },
    {
      id: 'status',
      header: t('cases.status'),
      cell: (item) => <Tag data-color="neutral">{status(item)}</Tag>,
      sortValue: status,
      text: status,
    },
    {
      id: 'nextDue',
      header: t('cases.nextDue'),
      cell: (item) => formatDate(item.nextDueOn, language),
      sortValue: (item) => item.nextDueOn,
      text: (item) => item.nextDueOn ?? '',
    },
    {
      id: 'deadline',
      header: t('cases.deadline'),
      cell: (item) => <DeadlineTag state={item.deadline} />,
      sortValue: deadline,
      text: deadline,
    },
  ];
}

export default function CaseSearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [name, setName] = useState(params.get('name') ?? '');
  const [nameError, setNameError] = useState<string>();
  // A name the API would refuse (too long, a stray control character) is never searched for:
  // the list would otherwise come back unfiltered or as an error that does not say why.
  const fromUrl = params.get('name') ?? undefined;
  const urlNameError = fromUrl === undefined ? undefined : nameRuleMessage(fromUrl);
  const query = {
    name: urlNameError ? undefined : fromUrl,
    status: params.get('status') ?? undefined,
    deadline: params.get('deadline') ?? undefined,
  };
  const results = useCaseSearch(query, !urlNameError);

  function nameRuleMessage(value: string): string | undefined {
    const parsed = searchCases.shape.name.safeParse(value);
    if (parsed.success) return undefined;
    if (value.length > 100) return t('validation.searchTooLong', { length: value.length, max: 100 });
    return Object.values(zodFieldErrors(t, parsed.error))[0] ?? t('validation.minLength', { count: 2 });
  }

  const set = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = name.trim() ? nameRuleMessage(name.trim()) : undefined;
    if (problem) {
      setNameError(problem);
      return;
    }
    setNameError(undefined);
    set('name', name.trim());
  };

  const columns = caseColumns(t, i18n.language);
  return (
    <Page
      title={t('cases.title')}
      lead={t('cases.lead')}
      actions={
        !urlNameError && <CsvExportButton columns={columns} fetchRows={() => exportCases(query)} filename="saker.csv" testId="cases-csv" />
      }
    >
      <form className="filters" role="search" aria-label={t('cases.title')} onSubmit={submit}>
        <TextField
          label={t('cases.name')}
          type="search"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={nameError ?? urlNameError}
        />
        <SelectField label={t('cases.status')} value={query.status ?? ''} onChange={(e) => set('status', e.target.value)}>
          <option value="">{t('common.all')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`caseStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('cases.deadline')} value={query.deadline ?? ''} onChange={(e) => set('deadline', e.target.value)}>
          <option value="">{t('common.all')}</option>
          {deadlines.map((d) => (
            <option key={d} value={d}>
              {t(`deadline.${d}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{t('common.search')}</Button>
      </form>
      {!urlNameError && (
        <DataTable
          caption={t('cases.results')}
          columns={columns}
          rows={results.data?.items}
          rowKey={(item) => item.householdId}
          query={{ isPending: results.isPending, error: results.error, feature: t('cases.title') }}
          emptyText={t('cases.empty')}
          testId="case-results"
        />
      )}
    </Page>
  );
}
