import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collectPages } from '../../../api/collect-pages';
import { CsvExportButton } from '../../../components/csv-export-button';
import { SelectField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { fetchReferrals } from '../api/cases-api';
import { useReferrals } from '../api/use-cases';
import { referralColumns, ReferralTable } from '../components/referral-table';

const statuses = ['', 'open', 'accepted', 'rejected', 'completed'];
/** The list endpoint's largest page. */
const EXPORT_PAGE = 200;

export default function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const referrals = useReferrals(status);
  const exportRows = () =>
    collectPages((offset, limit) => fetchReferrals({ status: status || undefined, offset, limit }, undefined, true), EXPORT_PAGE);
  return (
    <Page
      title={t('referrals.title')}
      lead={t('referrals.lead')}
      actions={
        <CsvExportButton
          columns={referralColumns(t, i18n.language)}
          fetchRows={exportRows}
          filename="henvisninger.csv"
          testId="referrals-csv"
        />
      }
    >
      <div className="filters">
        <SelectField label={t('referrals.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s ? t(`referrals.statusKind.${s}`) : t('common.all')}
            </option>
          ))}
        </SelectField>
      </div>
      <ReferralTable
        caption={t('referrals.title')}
        rows={referrals.data}
        query={{ isPending: referrals.isPending, error: referrals.error, feature: t('referrals.title') }}
        emptyText={t('referrals.empty')}
      />
    </Page>
  );
}
