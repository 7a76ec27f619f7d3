import { Link, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router-dom';
import { SelectField, TextField } from '../../../components/form-field';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useParticipants } from '../api/use-introduction';
import { IntroDeadline } from '../components/intro-deadline-tag';
import { ParticipantCounts } from '../components/participant-counts';

type DeadlineFilter = '' | 'attention' | 'overdue' | 'open' | 'decided';

/** The intro advisor's list: candidates appear by themselves when housing settles a person of the target group. */
export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [deadline, setDeadline] = useState<DeadlineFilter>('');
  const query = { ...(search.trim().length >= 2 ? { search: search.trim() } : {}), ...(deadline ? { deadline } : {}) };
  const list = useParticipants(query);
  const items = list.data?.items ?? [];

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
        <QueryState error={list.error} isPending={list.isPending} feature={t('intro.participants.title')} />
        {list.data && items.length === 0 && <EmptyState text={t('intro.participants.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra data-testid="participants-table">
              <caption className="sr-only">{t('intro.participants.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('intro.participant.name')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('intro.participant.status')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('intro.participant.settledOn')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('intro.participant.deadline')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((p) => (
                  <Table.Row key={p.id}>
                    <Table.Cell>
                      <Link asChild>
                        <RouterLink to={`/introduction/participants/${p.id}`}>
                          {p.givenName} {p.familyName}
                        </RouterLink>
                      </Link>
                    </Table.Cell>
                    <Table.Cell>
                      <Tag data-color="neutral" data-size="sm">
                        {t(`intro.status.${p.status}`)}
                      </Tag>
                    </Table.Cell>
                    <Table.Cell>{formatDate(p.settledOn, i18n.language)}</Table.Cell>
                    <Table.Cell>
                      <IntroDeadline deadline={p.deadline} />
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Section>
    </Page>
  );
}
