import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { osloToday } from '../../../format/format';
import { useNirReport } from '../api/use-introduction';

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** The NIR report: what is missing per participant first, then the export as CSV or JSON. */
export default function NirPage() {
  const { t } = useTranslation();
  const thisYear = Number(osloToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const report = useNirReport(year);
  const r = report.data;
  const incomplete = r?.records.filter((rec) => rec.missing.length > 0) ?? [];
  return (
    <Page title={t('intro.nir.title')} lead={t('intro.nir.lead')}>
      <SelectField label={t('intro.outcomes.year')} value={year} onChange={(e) => setYear(Number(e.target.value))}>
        {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <QueryState error={report.error} isPending={report.isPending} feature={t('intro.nir.title')} />
      {r && (
        <>
          <Section title={t('intro.nir.validation')} id="nir-validation">
            {r.valid ? (
              <Alert data-color="success" data-testid="nir-valid">
                <Paragraph>{t('intro.nir.valid', { count: r.records.length })}</Paragraph>
              </Alert>
            ) : (
              <Table data-size="sm" data-testid="nir-missing">
                <caption className="sr-only">{t('intro.nir.validation')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('intro.nir.participant')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('intro.nir.missing')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {incomplete.map((rec) => (
                    <Table.Row key={rec.participantId}>
                      <Table.Cell>{rec.participantId.slice(0, 8)}</Table.Cell>
                      <Table.Cell>{rec.missing.map((m) => t(`intro.nir.fields.${m}`, { defaultValue: m })).join(', ')}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
          </Section>
          <Section title={t('intro.nir.export')} id="nir-export">
            <Paragraph>{t('intro.nir.records', { count: r.records.length })}</Paragraph>
            <div className="form-actions">
              <Button onClick={() => download(`nir-${year}.csv`, 'text/csv;charset=utf-8', r.csv)}>{t('intro.nir.csv')}</Button>
              <Button
                variant="secondary"
                onClick={() => download(`nir-${year}.json`, 'application/json', JSON.stringify(r.records, null, 2))}
              >
                {t('intro.nir.json')}
              </Button>
            </div>
          </Section>
        </>
      )}
    </Page>
  );
}
