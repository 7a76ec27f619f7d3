import type { AttentionItem } from '@ankomst/contracts/case-overview';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { collectPages } from '../../../api/collect-pages';
import { CsvExportButton } from '../../../components/csv-export-button';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { SelectField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { formatDate } from '../../../format/format';
import { fetchAttention } from '../api/cases-api';
import { useAttention } from '../api/use-cases';
import { DeadlineTag } from '../components/deadline-tag';
import { reasonLabel } from '../components/restricted';

/** The attention list endpoint's largest page. */
const EXPORT_PAGE = 500;

const personName = (t: TFunction, item: AttentionItem) =>
  item.givenName || item.familyName ? `${item.givenName ?? ''} ${item.familyName ?? ''}`.trim() : t('attention.household');

/** The attention list's columns, for the table and its CSV export. */
function attentionColumns(t: TFunction, language: string): TableColumn<AttentionItem>[] {
  const kind = (item: AttentionItem) => t(`attention.kinds.${item.kind}`, { defaultValue: item.kind });
  const unit = (item: AttentionItem) => unitLabel(t, item.department, item.responsibleUnit);
  return [
    { id: 'due', header: t('attention.due'), cell: (i) => formatDate(i.dueOn, language), sortValue: (i) => i.dueOn, text: (i) => i.dueOn },
    { id: 'what', header: t('attention.what'), cell: kind, sortValue: kind, text: kind },
    {
      id: 'who',
      header: t('attention.who'),
      cell: (item) => (
        <>
          <Link asChild>
            <RouterLink to={`/coordination/cases/${item.householdId}`}>{personName(t, item)}</RouterLink>
          </Link>
          {/* Another department's item without consent: the deadline shows, the person does not. */}
          {item.restricted && item.reason && (
            <Paragraph data-size="sm" data-testid="attention-restricted">
              {t('caseView.restricted')} {reasonLabel(t, item.reason, language)}
            </Paragraph>
          )}
        </>
      ),
      sortValue: (item) => personName(t, item),
      text: (item) => personName(t, item),
    },
    { id: 'unit', header: t('attention.unit'), cell: unit, sortValue: unit, text: unit },
    {
      id: 'deadline',
      header: t('attention.state'),
      cell: (item) => (
        <>
          <DeadlineTag state={item.state} />
          {item.daysOverdue > 0 && ` ${t('attention.daysOverdue', { count: item.daysOverdue })}`}
        </>
      ),
      sortValue: (item) => item.daysOverdue,
      text: (item) => t(`deadline.${item.state}`, { defaultValue: item.state }),
    },
  ];
}

/** Deadlines that are overdue or due soon, across departments: what to act on first. */
export default function AttentionPage() {
  const { t, i18n } = useTranslation();
  const [withinDays, setWithinDays] = useState(14);
  const list = useAttention(withinDays);
  const columns = attentionColumns(t, i18n.language);
  const exportRows = () =>
    collectPages(async (offset, limit) => (await fetchAttention({ withinDays, offset, limit }, undefined, true)).items, EXPORT_PAGE);
  return (
    <Page
      title={t('attention.title')}
      lead={t('attention.lead')}
      actions={<CsvExportButton columns={columns} fetchRows={exportRows} filename="frister.csv" testId="attention-csv" />}
    >
      <div className="filters">
        <SelectField label={t('attention.within')} value={withinDays} onChange={(e) => setWithinDays(Number(e.target.value))}>
          {[0, 7, 14, 30, 90].map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t('attention.overdueOnly') : t('common.days', { count: days })}
            </option>
          ))}
        </SelectField>
      </div>
      <DataTable
        caption={t('attention.title')}
        columns={columns}
        rows={list.data?.items}
        rowKey={(item) => item.deadlineId}
        query={{ isPending: list.isPending, error: list.error, feature: t('attention.title') }}
        emptyText={t('attention.empty')}
        testId="attention-table"
      />
    </Page>
  );
}

/**
 * "Helse · Flyktninghelsetjenesten"; a department that is its own unit (a referral's answer
 * is due at the receiving department, e.g. NAV) is named once, never "NAV · nav".
 */
export function unitLabel(t: (key: string, options?: Record<string, unknown>) => string, department: string, unit: string): string {
  const departmentName = t(`department.${department}`, { defaultValue: department });
  const unitName = t(`units.${unit}`, { defaultValue: t(`department.${unit}`, { defaultValue: unit }) });
  return unit === department || unitName === departmentName ? departmentName : `${departmentName} · ${unitName}`;
}
