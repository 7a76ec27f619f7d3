import { departmentOf, type Referral } from '@ankomst/contracts/case-overview';
import { Link, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { formatDate } from '../../../format/format';
import { ReferralDecision } from './referral-decision';

const department = (t: TFunction, name: string) => t(`department.${name}`, { defaultValue: name });

/** The referral list's columns, for the table and for its CSV export (same headings, same words). */
export function referralColumns(t: TFunction, language: string): TableColumn<Referral>[] {
  return [
    {
      id: 'created',
      header: t('referrals.created'),
      cell: (r) => formatDate(r.createdAt, language),
      sortValue: (r) => r.createdAt,
      text: (r) => formatDate(r.createdAt, language),
    },
    {
      id: 'case',
      header: t('referrals.case'),
      cell: (r) => (
        <Link asChild>
          <RouterLink to={`/coordination/cases/${r.householdId}`}>{t('referrals.openCase')}</RouterLink>
        </Link>
      ),
      text: (r) => r.householdId,
    },
    {
      id: 'from',
      header: t('referrals.from'),
      cell: (r) => department(t, r.fromDepartment),
      sortValue: (r) => department(t, r.fromDepartment),
      text: (r) => department(t, r.fromDepartment),
    },
    {
      id: 'to',
      header: t('referrals.to'),
      cell: (r) => department(t, r.toDepartment),
      sortValue: (r) => department(t, r.toDepartment),
      text: (r) => department(t, r.toDepartment),
    },
    {
      id: 'reason',
      header: t('referrals.reason'),
      cell: (r) => (
        <>
          {r.reason}
          {r.consentOverridden && (
            <>
              {' '}
              <Tag data-color="warning" data-size="sm">
                {t('referrals.overridden')}
              </Tag>
            </>
          )}
          {r.decisionNote && <div className="referral-note">{`${t('referrals.decisionNote')}: ${r.decisionNote}`}</div>}
        </>
      ),
      text: (r) => r.reason,
    },
    {
      id: 'status',
      header: t('referrals.status'),
      cell: (r) => <Tag data-color="neutral">{t(`referrals.statusKind.${r.status}`, { defaultValue: r.status })}</Tag>,
      sortValue: (r) => t(`referrals.statusKind.${r.status}`, { defaultValue: r.status }),
      text: (r) => t(`referrals.statusKind.${r.status}`, { defaultValue: r.status }),
    },
  ];
}

interface ReferralTableProps {
  caption: string;
  /** False on the case view itself, where a link to the case would lead back to the same page. */
  showCase?: boolean;
  rows: readonly Referral[] | undefined;
  query: { isPending: boolean; error: unknown; feature: string };
  emptyText: string;
}

/** Referrals with the receiving unit's answer buttons on the rows it receives (when it may write). */
export function ReferralTable({ caption, showCase = true, rows, query, emptyText }: ReferralTableProps) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const ownUnit = user ? departmentOf(user.role) : null;
  // The answer column only where the user's unit receives one of the rows and may write.
  const answers = can(user, 'referral:write') && ownUnit !== null && Boolean(rows?.some((r) => r.toDepartment === ownUnit));
  const columns = referralColumns(t, i18n.language).filter((column) => showCase || column.id !== 'case');
  const answer: TableColumn<Referral> = {
    id: 'answer',
    header: t('referrals.answer'),
    // Stays mounted once answered, so the outcome is announced where the buttons were.
    cell: (r) => (r.toDepartment === ownUnit ? <ReferralDecision referral={r} /> : null),
  };
  return (
    <DataTable
      caption={caption}
      columns={answers ? [...columns, answer] : columns}
      rows={rows}
      rowKey={(r) => r.id}
      query={query}
      emptyText={emptyText}
      testId="referral-table"
    />
  );
}
