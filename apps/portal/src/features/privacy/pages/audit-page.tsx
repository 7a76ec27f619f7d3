import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDateTime } from '../../../format/format';
import type { AuditFilters } from '../api/privacy-api';
import { useAuditSearch } from '../api/use-privacy';
import { actionLabel, purposeLabel } from '../audit-labels';

/** Oslo calendar date → start (or end) of that day as an ISO instant with offset. */
function dayBoundary(date: string, end: boolean): string | undefined {
  if (!date) return undefined;
  return `${date}T${end ? '23:59:59' : '00:00:00'}+01:00`;
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ userId: '', personId: '', action: '', breakGlass: '', from: '', to: '' });
  const [filters, setFilters] = useState<AuditFilters>({});
  const audit = useAuditSearch(filters);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      userId: form.userId || undefined,
      personId: form.personId || undefined,
      action: form.action || undefined,
      breakGlass: form.breakGlass === 'true' || form.breakGlass === 'false' ? form.breakGlass : undefined,
      from: dayBoundary(form.from, false),
      to: dayBoundary(form.to, true),
    });
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  return (
    <Page title={t('audit.title')} lead={t('audit.lead')}>
      <form className="filters" role="search" aria-label={t('audit.title')} onSubmit={submit}>
        <TextField label={t('audit.user')} value={form.userId} onChange={set('userId')} />
        <TextField label={t('audit.person')} value={form.personId} onChange={set('personId')} />
        <TextField label={t('audit.action')} value={form.action} onChange={set('action')} />
        <SelectField label={t('audit.breakGlass')} value={form.breakGlass} onChange={set('breakGlass')}>
          <option value="">{t('common.all')}</option>
          <option value="true">{t('common.yes')}</option>
          <option value="false">{t('common.no')}</option>
        </SelectField>
        <TextField label={t('audit.from')} type="date" value={form.from} onChange={set('from')} />
        <TextField label={t('audit.to')} type="date" value={form.to} onChange={set('to')} />
        <Button type="submit">{t('common.search')}</Button>
      </form>
      <QueryState error={audit.error} isPending={audit.isPending} feature={t('audit.title')} />
      {audit.data && audit.data.entries.length === 0 && <EmptyState text={t('audit.empty')} />}
      {audit.data && (filters.before || audit.data.entries.length >= 100) && (
        <div className="form-actions">
          {filters.before && (
            <Button variant="tertiary" onClick={() => setFilters((f) => ({ ...f, before: undefined }))}>
              {t('audit.newest')}
            </Button>
          )}
          {audit.data.entries.length >= 100 && (
            <Button
              variant="secondary"
              onClick={() => setFilters((f) => ({ ...f, before: Math.min(...audit.data.entries.map((e) => e.seq)) }))}
            >
              {t('audit.older')}
            </Button>
          )}
        </div>
      )}
      {audit.data && audit.data.entries.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('audit.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('audit.seq')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.user')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.action')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.purpose')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.persons')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.result')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {audit.data.entries.map((entry) => (
                <Table.Row key={entry.seq}>
                  <Table.Cell>{entry.seq}</Table.Cell>
                  <Table.Cell>{formatDateTime(entry.occurredAt, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    {entry.username} ({t(`roles.${entry.role}`, { defaultValue: entry.role })})
                  </Table.Cell>
                  <Table.Cell>
                    {actionLabel(t, entry.action)}
                    {entry.breakGlass && (
                      <>
                        {' '}
                        <Tag data-color="danger" data-size="sm">
                          {t('audit.breakGlassTag')}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{purposeLabel(t, entry.purpose)}</Table.Cell>
                  <Table.Cell>{entry.personIds.length}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={entry.result === 'success' ? 'success' : 'danger'}>{t(`audit.resultKind.${entry.result}`)}</Tag>
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
