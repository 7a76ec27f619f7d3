import type { PersonAccessReport } from '@ankomst/contracts';

type T = (key: string, options?: Record<string, unknown>) => string;

/** One CSV field: quoted when it holds the separator, a quote or a line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The access report as CSV for the person who asked (semicolon-separated with a BOM, so a
 * Norwegian Excel opens it in columns), with the same words as on screen.
 */
export function accessReportCsv(
  report: PersonAccessReport,
  labels: { t: T; action: (action: string) => string; purpose: (purpose: string) => string; when: (iso: string) => string },
): string {
  const { t } = labels;
  const header = [
    t('audit.when'),
    t('audit.user'),
    t('users.role'),
    t('audit.action'),
    t('audit.purpose'),
    t('audit.result'),
    t('audit.breakGlass'),
  ];
  const rows = report.accesses.map((a) => [
    labels.when(a.occurredAt),
    a.username,
    t(`roles.${a.role}`, { defaultValue: a.role }),
    labels.action(a.action),
    labels.purpose(a.purpose),
    t(`audit.resultKind.${a.result}`),
    a.breakGlass ? t('common.yes') : t('common.no'),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';')).join('\r\n')}\r\n`;
}
