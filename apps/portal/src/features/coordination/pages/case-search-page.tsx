import { Button, Link, Table, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { searchCases } from '@ankomst/contracts/case-overview';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { SelectField, TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { zodFieldErrors } from '../../../forms/rule-messages';
import { useCaseSearch } from '../api/use-cases';
import { DeadlineTag } from '../components/deadline-tag';

const statuses = ['registered', 'dwelling-allocated', 'settled', 'tenancy-ended'];
const deadlines = ['overdue', 'due-soon', 'on-track', 'none'];

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

  return (
    <Page title={t('cases.title')} lead={t('cases.lead')}>
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
      {!urlNameError && <QueryState error={results.error} isPending={results.isPending} feature={t('cases.title')} />}
      {results.data && results.data.items.length === 0 && <EmptyState text={t('cases.empty')} />}
      {results.data && results.data.items.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('cases.results')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('cases.household')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.nextDue')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.deadline')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {results.data.items.map((item) => (
                <Table.Row key={item.householdId}>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/coordination/cases/${item.householdId}`}>
                        {item.members.map((m) => `${m.givenName} ${m.familyName}`).join(', ')}
                      </RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color="neutral">{t(`caseStatus.${item.status}`)}</Tag>
                  </Table.Cell>
                  <Table.Cell>{formatDate(item.nextDueOn, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <DeadlineTag state={item.deadline} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Page>
  );
}
