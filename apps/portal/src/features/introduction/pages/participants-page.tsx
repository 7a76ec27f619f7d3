import type { ParticipantView } from '@ankomst/contracts/introduction';
import { Link, Tag } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { SelectField, TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { formatDate } from '../../../format/format';
import { useParticipants } from '../api/use-introduction';
import { IntroDeadline } from '../components/intro-deadline-tag';
import { ParticipantCounts } from '../components/participant-counts';

type DeadlineFilter = '' | 'attention' | 'overdue' | 'open' | 'decided';

function participantColumns(t: TFunction, language: string): TableColumn<ParticipantView>[] {
  const name = (p: ParticipantView) => `${p.givenName} ${p.familyName}`;
  const status = (p: ParticipantView) => t(`intro.status.${p.status}`);
  return [
    {
      id: 'name',
      header: t('intro.participant.name'),
      cell: (p) => (
        <Link asChild>
          <RouterLink to={`/introduction/participants/${p.id}`}>{name(p)}</RouterLink>
        </Link>
      ),
      sortValue: name,
    },
    {
      id: 'status',
      header: t('intro.participant.status'),
      cell: (p) => (
        <Tag data-color="neutral" data-size="sm">
          {status(p)}
        </Tag>
      ),
      sortValue: status,
    },
    {
      id: 'settledOn',
      header: t('intro.participant.settledOn'),
      cell: (p) => formatDate(p.settledOn, language),
      sortValue: (p) => p.settledOn,
    },
    {
      id: 'deadline',
      header: t('intro.participant.deadline'),
      cell: (p) => <IntroDeadline deadline={p.deadline} />,
      sortValue: (p) => p.deadline?.deadline,
    },
  ];
}

/** The intro advisor's list: candidates appear by themselves when housing settles a person of the target group. */
export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [deadline, setDeadline] = useState<DeadlineFilter>('');
  const query = { ...(search.trim().length >= 2 ? { search: search.trim() } : {}), ...(deadline ? { deadline } : {}) };
  const list = useParticipants(query);

  return (
    <Page title={t('intro.participants.title')} lead={t('intro.participants.lead')}>
      <ParticipantCounts />
      <div className="form-grid" role="search">
        <TextField label={t('intro.participants.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <SelectField
          label={t('intro.participants.deadlineFilter')}
          value={deadline}
          onChange={(e) => setDeadline(e.target.value as DeadlineFilter)}
        >
          <option value="">{t('intro.participants.all')}</option>
          {(['attention', 'overdue', 'open', 'decided'] as const).map((value) => (
            <option key={value} value={value}>
              {value === 'attention' ? t('intro.participants.attention') : t(`intro.deadlineState.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <Section title={t('intro.participants.title')} id="participants">
        <DataTable
          caption={t('intro.participants.title')}
          columns={participantColumns(t, i18n.language)}
          rows={list.data?.items}
          rowKey={(p) => p.id}
          query={{ isPending: list.isPending, error: list.error, feature: t('intro.participants.title') }}
          emptyText={t('intro.participants.empty')}
          testId="participants-table"
        />
      </Section>
    </Page>
  );
}
