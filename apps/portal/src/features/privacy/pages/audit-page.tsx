import type { AuditEntry } from '@ankomst/contracts';
import { Button, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CsvExportButton } from '../../../components/csv-export-button';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { SelectField, TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { formatDateTime } from '../../../format/format';
import { type AuditFilters, exportAudit } from '../api/privacy-api';
import { useAuditSearch } from '../api/use-privacy';
import { actionLabel, purposeLabel } from '../audit-labels';

/** The audit list's columns, for the table and its CSV export (same words as on screen). */
function auditColumns(t: TFunction, language: string): TableColumn<AuditEntry>[] {
  const user = (e: AuditEntry) => `${e.username} (${t(`roles.${e.role}`, { defaultValue: e.role })})`;
  const action = (e: AuditEntry) => actionLabel(t, e.action);
  const purpose = (e: AuditEntry) => purposeLabel(t, e.purpose);
  const result = (e: AuditEntry) => t(`audit.resultKind.${e.result}`);
  return [
    { id: 'seq', header: t('audit.seq'), cell: (e) => e.seq, sortValue: (e) => e.seq, text: (e) => String(e.seq) },
    {
      id: 'when',
      header: t('audit.when'),
      cell: (e) => formatDateTime(e.occurredAt, language),
      sortValue: (e) => e.occurredAt,
      text: (e) => formatDateTime(e.occurredAt, language),
    },
    { id: 'user', header: t('audit.user'), cell: user, sortValue: user, text: user },
    {
      id: 'action',
      header: t('audit.action'),
      cell: (e) => (
        <>
          {action(e)}
          {e.breakGlass && (
            <>
              {' '}
              <Tag data-color="danger" data-size="sm">
                {t('audit.breakGlassTag')}
              </Tag>
            </>
          )}
        </>
      ),
      sortValue: action,
      text: (e) => (e.breakGlass ? `${action(e)} (${t('audit.breakGlassTag')})` : action(e)),
    },
    { id: 'purpose', header: t('audit.purpose'), cell: purpose, sortValue: purpose, text: purpose },
    {
      id: 'persons',
      header: t('audit.persons'),
      cell: (e) => e.personIds.length,
      sortValue: (e) => e.personIds.length,
      // As on screen, a count: the file shows no more than the page does.
      text: (e) => String(e.personIds.length),
    },
    {
      id: 'result',
      header: t('audit.result'),
      cell: (e) => <Tag data-color={e.result === 'success' ? 'success' : 'danger'}>{result(e)}</Tag>,
      sortValue: result,
      text: result,
    },
  ];
}

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
  const columns = auditColumns(t, i18n.language);
  return (
    <Page
      title={t('audit.title')}
      lead={t('audit.lead')}
      actions={<CsvExportButton columns={columns} fetchRows={() => exportAudit(filters)} filename="logg.csv" testId="audit-csv" />}
    >
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
      <DataTable
        caption={t('audit.title')}
        columns={columns}
        rows={audit.data?.entries}
        rowKey={(entry) => String(entry.seq)}
        query={{ isPending: audit.isPending, error: audit.error, feature: t('audit.title') }}
        emptyText={t('audit.empty')}
        testId="audit-table"
      />
    </Page>
  );
}
