import type { DeadlineView } from '@ankomst/contracts/introduction';
import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/format';

const colour = { open: 'info', warning: 'warning', due: 'warning', overdue: 'danger', decided: 'success', none: 'neutral' } as const;

/** The decision deadline: its date, its state in words and the days left or overdue. */
export function IntroDeadline({ deadline }: { deadline: DeadlineView | null }) {
  const { t, i18n } = useTranslation();
  if (!deadline) return <span>–</span>;
  const days = deadline.daysLeft;
  return (
    <span className="intro-deadline">
      {formatDate(deadline.deadline, i18n.language)}{' '}
      <Tag data-color={colour[deadline.state]} data-size="sm">
        {t(`intro.deadlineState.${deadline.state}`)}
      </Tag>{' '}
      {days !== null && (days >= 0 ? t('intro.daysLeft', { count: days }) : t('intro.daysOverdue', { count: -days }))}
    </span>
  );
}
