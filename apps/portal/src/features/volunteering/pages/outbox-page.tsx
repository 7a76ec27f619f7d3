import type { OutboxMessage } from '@ankomst/contracts/volunteering';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { DataTable, type TableColumn } from '../../../components/data-table';
import { useOutbox } from '../api/use-volunteering';

/** The messages Ankomst has prepared (sign-up receipts, approval codes): sending them is outside Ankomst. */
export default function OutboxPage() {
  const { t, i18n } = useTranslation();
  const outbox = useOutbox();
  const columns: TableColumn<OutboxMessage>[] = [
    { id: 'to', header: t('outboxPage.to'), cell: (message) => message.to, sortValue: (message) => message.to },
    {
      id: 'subject',
      header: t('outboxPage.subject'),
      cell: (message) => (
        <details>
          <summary>{message.subject}</summary>
          <p className="pre-line">{message.body}</p>
        </details>
      ),
      sortValue: (message) => message.subject,
    },
    {
      id: 'created',
      header: t('outboxPage.created'),
      cell: (message) => new Date(message.createdAt).toLocaleString(i18n.language),
      sortValue: (message) => message.createdAt,
    },
  ];
  return (
    <Page title={t('outboxPage.title')} lead={t('outboxPage.lead')}>
      <Section title={t('outboxPage.title')} id="outbox">
        <DataTable
          caption={t('outboxPage.title')}
          columns={columns}
          rows={outbox.data?.items}
          rowKey={(message) => message.id}
          rowTestId={(message) => `outbox-${message.kind}`}
          query={{ isPending: outbox.isPending, error: outbox.error, feature: t('outboxPage.title') }}
          emptyText={t('outboxPage.empty')}
        />
      </Section>
    </Page>
  );
}
