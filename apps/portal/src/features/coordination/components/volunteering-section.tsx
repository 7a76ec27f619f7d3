import { daysBetween, todayInOslo } from '@ankomst/contracts';
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/format';

interface VolunteeringData {
  guide?: 'waiting' | 'matched' | 'ended';
  since?: string;
  continues?: boolean;
}

/** Volunteering's line in the case view (shown under consent): waiting since, or has a guide since. Never who the guide is. */
export function VolunteeringSection({ data }: { data: unknown }) {
  const { t, i18n } = useTranslation();
  const { guide, since } = (data ?? {}) as VolunteeringData;
  if (!guide || !since) return <p className="empty-state">{t('caseView.nothingRecorded')}</p>;
  const date = formatDate(since, i18n.language);
  return (
    <Paragraph data-size="sm" data-testid="volunteering-section">
      {guide === 'waiting' && t('volunteeringCaseSection.waiting', { date, count: Math.max(0, daysBetween(since, todayInOslo())) })}
      {guide === 'matched' && t('volunteeringCaseSection.matched', { date })}
      {guide === 'ended' && t('volunteeringCaseSection.ended', { date })}
    </Paragraph>
  );
}
