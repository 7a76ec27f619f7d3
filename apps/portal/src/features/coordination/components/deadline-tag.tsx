import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

const colour: Record<string, 'danger' | 'warning' | 'success' | 'info' | 'neutral'> = {
  overdue: 'danger',
  missed: 'danger',
  'due-soon': 'warning',
  'on-track': 'info',
  met: 'success',
  none: 'neutral',
};

/** Deadline state in words (colour alone never carries the meaning). */
export function DeadlineTag({ state }: { state: string }) {
  const { t } = useTranslation();
  return <Tag data-color={colour[state] ?? 'neutral'}>{t(`deadline.${state}`, { defaultValue: state })}</Tag>;
}
