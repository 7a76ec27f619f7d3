import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/format';

interface HealthLineData {
  followUp?: string;
  responsibleUnit?: string;
  since?: string;
}

/**
 * The health line of a member on the case page: "health follow-up: active / closed" and the
 * responsible unit, all the health service ever shares (under the person's consent).
 */
export function HealthFollowUpLine({ data }: { data: unknown }) {
  const { t, i18n } = useTranslation();
  const line = (data ?? {}) as HealthLineData;
  const status = line.followUp ?? 'none';
  return (
    <Paragraph data-testid="health-follow-up-line">
      {t('health.line.status', { status: t(`health.followUp.${status}`, { defaultValue: status }) })}
      {line.responsibleUnit && (
        <> · {t('health.line.responsible', { unit: t(`health.units.${line.responsibleUnit}`, { defaultValue: line.responsibleUnit }) })}</>
      )}
      {line.since && <> · {t('health.line.since', { date: formatDate(line.since, i18n.language) })}</>}
    </Paragraph>
  );
}
