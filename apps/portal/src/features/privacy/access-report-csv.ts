import type { PersonAccessReport } from '@ankomst/contracts';
import { toCsv } from '../../format/csv';

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * The access report as CSV for the person who asked, with the same words as on screen.
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
  return toCsv(header, rows);
}
