import { Tag } from '@digdir/designsystemet-react';
import type { ChecklistItemState } from '@ankomst/contracts/health';
import { useTranslation } from 'react-i18next';

const colour: Record<ChecklistItemState, 'danger' | 'warning' | 'success' | 'info' | 'neutral'> = {
  'past-latest': 'danger',
  overdue: 'danger',
  alert: 'warning',
  pending: 'info',
  closed: 'success',
};

/** Where a checklist deadline stands, in words (colour alone never carries the meaning). */
export function ChecklistStateTag({ state }: { state: ChecklistItemState }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={colour[state]} data-size="sm">
      {t(`health.state.${state}`)}
    </Tag>
  );
}
