import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, rowsToCsv } from '../format/csv';
import type { TableColumn } from './data-table';
import { ServerError } from './states';

interface CsvExportButtonProps<Row> {
  /** The same columns the table shows: those with a `text` are written. */
  columns: readonly TableColumn<Row>[];
  /** Every row of the list as filtered on screen, read for the export. */
  fetchRows: () => Promise<readonly Row[]>;
  filename: string;
  testId?: string;
}

/** "Last ned som CSV" for a list: reads its rows (audited as an export) and writes them with the table's words. */
export function CsvExportButton<Row>({ columns, fetchRows, filename, testId }: CsvExportButtonProps<Row>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const rows = await fetchRows();
      const written = columns.flatMap((column) => (column.text ? [{ header: column.header, text: column.text }] : []));
      downloadCsv(filename, rowsToCsv(written, rows));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="csv-export">
      <Button variant="secondary" data-size="sm" onClick={() => void run()} disabled={busy} data-testid={testId}>
        {busy ? t('export.busy') : t('export.csv')}
      </Button>
      {error !== undefined && <ServerError error={error} title={t('export.failed')} />}
    </div>
  );
}
