import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { SelectField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useReferrals } from '../api/use-cases';

const statuses = ['', 'open', 'accepted', 'rejected', 'completed'];

export default function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const referrals = useReferrals(status);
  return (
    <Page title={t('referrals.title')} lead={t('referrals.lead')}>
      <div className="filters">
        <SelectField label={t('referrals.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {s ? t(`referrals.statusKind.${s}`) : t('common.all')}
            </option>
          ))}
        </SelectField>
      </div>
      <QueryState error={referrals.error} isPending={referrals.isPending} feature={t('referrals.title')} />
      {referrals.data && referrals.data.length === 0 && <EmptyState text={t('referrals.empty')} />}
      {referrals.data && referrals.data.length > 0 && (
        <div className="table-wrap">
          <Table data-size="sm" zebra>
            <caption className="sr-only">{t('referrals.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('referrals.created')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('referrals.case')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('referrals.from')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('referrals.to')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('referrals.reason')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('referrals.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {referrals.data.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{formatDate(r.createdAt, i18n.language)}</Table.Cell>
                  <Table.Cell>
                    <Link asChild>
                      <RouterLink to={`/coordination/cases/${r.householdId}`}>{t('referrals.openCase')}</RouterLink>
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{t(`department.${r.fromDepartment}`, { defaultValue: r.fromDepartment })}</Table.Cell>
                  <Table.Cell>{t(`department.${r.toDepartment}`, { defaultValue: r.toDepartment })}</Table.Cell>
                  <Table.Cell>
                    {r.reason}
                    {r.consentOverridden && (
                      <>
                        {' '}
                        <Tag data-color="warning" data-size="sm">
                          {t('referrals.overridden')}
                        </Tag>
                      </>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color="neutral">{t(`referrals.statusKind.${r.status}`, { defaultValue: r.status })}</Tag>
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
