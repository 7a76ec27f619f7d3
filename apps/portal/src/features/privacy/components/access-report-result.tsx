import type { PersonAccessReport } from '@ankomst/contracts';
import { Button, Table, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/states';
import { downloadCsv } from '../../../format/csv';
import { formatDateTime } from '../../../format/format';
import { accessReportCsv } from '../access-report-csv';
import { actionLabel, purposeLabel } from '../audit-labels';

/** One access report on screen and as CSV, whether it was found by person id or by national id. */
export function AccessReportResult({ report, emptyText }: { report: PersonAccessReport; emptyText: string }) {
  const { t, i18n } = useTranslation();
  if (report.accesses.length === 0) return <EmptyState text={emptyText} />;
  const download = () => {
    const csv = accessReportCsv(report, {
      t,
      action: (action) => actionLabel(t, action),
      purpose: (purpose) => purposeLabel(t, purpose),
      when: (iso) => formatDateTime(iso, i18n.language),
    });
    // Named by the person id: a national id never goes into a file name either.
    downloadCsv(`innsyn-${report.personId}.csv`, csv);
  };
  return (
    <>
      <div className="form-actions">
        <Button variant="secondary" onClick={download} data-testid="access-report-csv">
          {t('privacyReport.exportCsv', { count: report.accesses.length })}
        </Button>
      </div>
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
            {report.accesses.map((a, index) => (
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
    </>
  );
}
