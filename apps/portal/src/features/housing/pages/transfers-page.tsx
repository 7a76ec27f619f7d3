import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
import { EmptyState, QueryState } from '../../../components/states';
import { useIncomingTransfers, useOutgoingTransfers } from '../api/use-transfers';
import { IncomingTransfersTable } from '../components/incoming-transfers-table';
import { OutgoingTransfersTable } from '../components/outgoing-transfers-table';
import { RequestTransferForm } from '../components/request-transfer-form';

/** Persons moving between municipalities: requests for ours to decide, and our own requests. */
export default function TransfersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const incoming = useIncomingTransfers();
  const outgoing = useOutgoingTransfers();
  return (
    <Page title={t('transfers.title')} lead={t('transfers.lead')}>
      <Section title={t('transfers.incoming')} id="incoming">
        <QueryState error={incoming.error} isPending={incoming.isPending} feature={t('transfers.incoming')} />
        {incoming.data && incoming.data.items.length === 0 && <EmptyState text={t('transfers.noIncoming')} />}
        {incoming.data && incoming.data.items.length > 0 && (
          <IncomingTransfersTable items={incoming.data.items} canWrite={can(user, 'housing:write')} />
        )}
      </Section>
      <Section title={t('transfers.requestHeading')} id="request">
        <RequestTransferForm />
      </Section>
      <Section title={t('transfers.outgoing')} id="outgoing">
        <QueryState error={outgoing.error} isPending={outgoing.isPending} feature={t('transfers.outgoing')} />
        {outgoing.data && outgoing.data.items.length === 0 && <EmptyState text={t('transfers.noOutgoing')} />}
        {outgoing.data && outgoing.data.items.length > 0 && <OutgoingTransfersTable items={outgoing.data.items} />}
      </Section>
    </Page>
  );
}
