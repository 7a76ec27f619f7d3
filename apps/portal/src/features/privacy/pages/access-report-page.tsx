import { Alert, Button, Table, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDateTime } from '../../../format/format';
import { useAccessReport } from '../api/use-privacy';
import { downloadCsv } from '../../../format/csv';
import { accessReportCsv } from '../access-report-csv';
import { classifyPersonQuery, type PersonQuery } from '../access-report-query';
import { actionLabel, purposeLabel } from '../audit-labels';

/** Who accessed one person's data, when and why: the person's right to know (Normen fact sheet 15). */
export default function AccessReportPage() {
  const { t, i18n } = useTranslation();
  // A person id (never a national id) may come in the address, from the break-glass list.
  const [params] = useSearchParams();
  const fromUrl = classifyPersonQuery(params.get('person') ?? '');
  const [input, setInput] = useState(fromUrl.kind === 'personId' ? fromUrl.personId : '');
  const [personId, setPersonId] = useState(fromUrl.kind === 'personId' ? fromUrl.personId : '');
  const [refused, setRefused] = useState<PersonQuery['kind']>();
  const [error, setError] = useState<string>();
  const report = useAccessReport(personId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const query = classifyPersonQuery(input);
    setError(query.kind === 'empty' ? t('validation.required') : undefined);
    // Only an id is in the log: a name or a national id is never sent as one (it would find
    // nothing and read as "nobody has seen this person"), and a national id never in a URL.
    setRefused(query.kind === 'name' || query.kind === 'nationalId' ? query.kind : undefined);
    setPersonId(query.kind === 'personId' ? query.personId : '');
  };
  const download = () => {
    if (!report.data) return;
    const csv = accessReportCsv(report.data, {
      t,
      action: (action) => actionLabel(t, action),
      purpose: (purpose) => purposeLabel(t, purpose),
      when: (iso) => formatDateTime(iso, i18n.language),
    });
    downloadCsv(`innsyn-${report.data.personId}.csv`, csv);
  };
  return (
    <Page title={t('accessReport.title')} lead={t('accessReport.lead')}>
      <form className="filters" role="search" aria-label={t('accessReport.title')} onSubmit={submit}>
        <TextField
          label={t('accessReport.personId')}
          description={t('privacyReport.queryHelp')}
          value={input}
          onChange={(e) => setInput(e.target.value)}
          error={error}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit">{t('accessReport.show')}</Button>
      </form>
      {personId && <QueryState error={report.error} isPending={report.isPending} feature={t('accessReport.title')} />}
      {refused && (
        <Alert data-color="warning" data-testid="access-report-refused">
          {t(refused === 'name' ? 'privacyReport.byName' : 'privacyReport.byNationalId')}
        </Alert>
      )}
      {report.data && report.data.accesses.length === 0 && (
        <EmptyState text={t('privacyReport.empty', { personId: report.data.personId })} />
      )}
      {report.data && report.data.accesses.length > 0 && (
        <div className="form-actions">
          <Button variant="secondary" onClick={download} data-testid="access-report-csv">
            {t('privacyReport.exportCsv', { count: report.data.accesses.length })}
          </Button>
        </div>
      )}
      {report.data && report.data.accesses.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('accessReport.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('audit.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.user')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.action')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.purpose')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('audit.result')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {report.data.accesses.map((a, index) => (
                <Table.Row key={`${a.occurredAt}-${index}`}>
                  <Table.Cell>{formatDateTime(a.occurredAt, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    {a.username} ({t(`roles.${a.role}`, { defaultValue: a.role })})
                  </Table.Cell>
                  <Table.Cell>
                    {actionLabel(t, a.action)}
                    {a.breakGlass && (
                      <>
                        {' '}
                        <Tag data-color="danger" data-size="sm">
                          {t('audit.breakGlassTag')}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>{purposeLabel(t, a.purpose)}</Table.Cell>
                  <Table.Cell>{t(`audit.resultKind.${a.result}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Page>
  );
}
