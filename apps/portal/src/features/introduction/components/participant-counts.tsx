import { participantStatus } from '@ankomst/contracts/introduction';
import { useTranslation } from 'react-i18next';
import { Kpi, KpiGrid } from '../../../components/kpi';
import { useParticipantCounts } from '../api/use-introduction';

/** The pipeline at a glance: how many are in each status, from candidate to exited. */
export function ParticipantCounts() {
  const { t } = useTranslation();
  const counts = useParticipantCounts();
  if (!counts.data) return null;
  return (
    <KpiGrid label={t('intro.participants.counts')}>
      {participantStatus.options.map((status) => (
        <Kpi key={status} label={t(`intro.status.${status}`)} value={counts.data.byStatus[status]} testId={`intro-count-${status}`} />
      ))}
    </KpiGrid>
  );
}
