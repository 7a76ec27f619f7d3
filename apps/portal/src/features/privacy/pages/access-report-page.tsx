import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDateTime } from '../../../format/format';
import { useAccessReport } from '../api/use-privacy';
import { actionLabel, purposeLabel } from '../audit-labels';

/** Who accessed one person's data, when and why: the person's right to know (Normen fact sheet 15). */
export default function AccessReportPage() {
  const { t, i18n } = useTranslation();
  const [input, setInput] = useState('');
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string>();
  const report = useAccessReport(personId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!input.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    setPersonId(input.trim());
  };
  return (
    <Page title={t('accessReport.title')} lead={t('accessReport.lead')}>
      <form className="filters" role="search" aria-label={t('accessReport.title')} onSubmit={submit}>
        <TextField label={t('accessReport.personId')} value={input} onChange={(e) => setInput(e.target.value)} error={error} />
        <Button type="submit">{t('accessReport.show')}</Button>
      </form>
      {personId && <QueryState error={report.error} isPending={report.isPending} feature={t('accessReport.title')} />}
      {report.data && report.data.accesses.length === 0 && <EmptyState text={t('accessReport.empty')} />}
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
