import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
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
        <IncomingTransfersTable
          items={incoming.data?.items}
          query={{ isPending: incoming.isPending, error: incoming.error, feature: t('transfers.incoming') }}
          canWrite={can(user, 'housing:write')}
        />
      </Section>
      <Section title={t('transfers.requestHeading')} id="request">
        <RequestTransferForm />
      </Section>
      <Section title={t('transfers.outgoing')} id="outgoing">
        <OutgoingTransfersTable
          items={outgoing.data?.items}
          query={{ isPending: outgoing.isPending, error: outgoing.error, feature: t('transfers.outgoing') }}
        />
      </Section>
    </Page>
  );
}
