import { Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { SelectField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useAttention } from '../api/use-cases';
import { DeadlineTag } from '../components/deadline-tag';
import { reasonLabel } from '../components/restricted';

/** Deadlines that are overdue or due soon, across departments: what to act on first. */
export default function AttentionPage() {
  const { t, i18n } = useTranslation();
  const [withinDays, setWithinDays] = useState(14);
  const list = useAttention(withinDays);
  return (
    <Page title={t('attention.title')} lead={t('attention.lead')}>
      <div className="filters">
        <SelectField label={t('attention.within')} value={withinDays} onChange={(e) => setWithinDays(Number(e.target.value))}>
          {[0, 7, 14, 30, 90].map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t('attention.overdueOnly') : t('common.days', { count: days })}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryState error={list.error} isPending={list.isPending} feature={t('attention.title')} />
      {list.data && list.data.items.length === 0 && <EmptyState text={t('attention.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('attention.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('attention.due')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('attention.what')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('attention.who')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('attention.unit')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('cases.deadline')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((item) => (
                <Table.Row key={item.deadlineId}>
                  <Table.Cell>{formatDate(item.dueOn, i18n.language)}</Table.Cell>
                  <Table.Cell>{t(`attention.kinds.${item.kind}`, { defaultValue: item.kind })}</Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/coordination/cases/${item.householdId}`}>
                        {item.givenName || item.familyName
                          ? `${item.givenName ?? ''} ${item.familyName ?? ''}`.trim()
                          : t('attention.household')}
                      </RouterLink>
                    </Link>
                    {/* Another department's item without consent: the deadline shows, the person does not. */}
                    {item.restricted && item.reason && (
                      <Paragraph data-size="sm" data-testid="attention-restricted">
                        {t('caseView.restricted')} {reasonLabel(t, item.reason, i18n.language)}
                      </Paragraph>
                    )}
                  </Table.Cell>
                  <Table.Cell>{unitLabel(t, item.department, item.responsibleUnit)}</Table.Cell>
                  <Table.Cell>
                    <DeadlineTag state={item.state} />
                    {item.daysOverdue > 0 && ` ${t('attention.daysOverdue', { count: item.daysOverdue })}`}
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

/**
 * "Helse · Flyktninghelsetjenesten"; a department that is its own unit (a referral's answer
 * is due at the receiving department, e.g. NAV) is named once, never "NAV · nav".
 */
export function unitLabel(t: (key: string, options?: Record<string, unknown>) => string, department: string, unit: string): string {
  const departmentName = t(`department.${department}`, { defaultValue: department });
  const unitName = t(`units.${unit}`, { defaultValue: t(`department.${unit}`, { defaultValue: unit }) });
  return unit === department || unitName === departmentName ? departmentName : `${departmentName} · ${unitName}`;
}
