import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { useOutbox } from '../api/use-volunteering';

/** The messages Ankomst has prepared (sign-up receipts, approval codes): sending them is outside Ankomst. */
export default function OutboxPage() {
  const { t, i18n } = useTranslation();
  const outbox = useOutbox();
  const items = outbox.data?.items ?? [];
  return (
    <Page title={t('outboxPage.title')} lead={t('outboxPage.lead')}>
      <Section title={t('outboxPage.title')} id="outbox">
        <QueryState error={outbox.error} isPending={outbox.isPending} feature={t('outboxPage.title')} />
        {outbox.data && items.length === 0 && <EmptyState text={t('outboxPage.empty')} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <Table data-size="sm" zebra>
              <caption className="sr-only">{t('outboxPage.title')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('outboxPage.to')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('outboxPage.subject')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('outboxPage.created')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((message) => (
                  <Table.Row key={message.id} data-testid={`outbox-${message.kind}`}>
                    <Table.Cell>{message.to}</Table.Cell>
                    <Table.Cell>
                      <details>
                        <summary>{message.subject}</summary>
                        <p className="pre-line">{message.body}</p>
                      </details>
                    </Table.Cell>
                    <Table.Cell>{new Date(message.createdAt).toLocaleString(i18n.language)}</Table.Cell>
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
