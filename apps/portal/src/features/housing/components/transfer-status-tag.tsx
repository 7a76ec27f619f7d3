import type { PersonTransferStatus } from '@ankomst/contracts/housing';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const colour: Record<PersonTransferStatus, 'info' | 'success' | 'danger'> = { pending: 'info', released: 'success', declined: 'danger' };

export function TransferStatusTag({ status }: { status: PersonTransferStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colour[status]} data-size="sm">
      {t(`transfers.status.${status}`)}
    </Tag>
  );
}
