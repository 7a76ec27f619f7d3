import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/states';
import { formatNumber } from '../../../format/format';
import { useChainVerification } from '../api/use-privacy';

/** Whether the hash-chained audit log is intact, and the first broken entry if not. */
export default function ChainPage() {
  const { t, i18n } = useTranslation();
  const chain = useChainVerification();
  return (
    <Page
      title={t('chain.title')}
      lead={t('chain.lead')}
      actions={
        <Button variant="secondary" onClick={() => void chain.refetch()} disabled={chain.isFetching}>
          {chain.isFetching ? t('chain.verifying') : t('chain.verifyAgain')}
        </Button>
      }
    >
      <QueryState error={chain.error} isPending={chain.isPending} feature={t('chain.title')} />
      {chain.data && (
        <Alert data-color={chain.data.ok ? 'success' : 'danger'} data-testid="chain-status">
          <Heading level={2} data-size="xs">
            {chain.data.ok ? t('chain.ok') : t('chain.broken')}
          </Heading>
          <Paragraph>
            {t('chain.checked', { count: chain.data.checked, formatted: formatNumber(chain.data.checked, i18n.language) })}
          </Paragraph>
          {chain.data.firstBroken && (
            <Paragraph>{t('chain.firstBroken', { seq: chain.data.firstBroken.seq, reason: chain.data.firstBroken.reason })}</Paragraph>
          )}
        </Alert>
      )}
    </Page>
  );
}
