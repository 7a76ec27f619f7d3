import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/format';

interface IntroductionData {
  participant?: { status: string; decisionDeadline: string | null; decidedOn: string | null };
  plan?: { sluttmaalGroup: string; startDate: string; endDate: string };
}
type AbsenceData = Record<string, { approvedHours: number; unapprovedHours: number }>;

/**
 * The introduction programme's part of a member in the case view (shown only under the
 * person's consent): status, decision deadline and plan summary; absence per month in its own
 * section under its own consent.
 */
export function IntroductionSection({ section, data }: { section: string; data: unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!data) return <p className="empty-state">{t('caseView.nothingRecorded')}</p>;
  if (section === 'introduction-absence') {
    const months = Object.entries(data as AbsenceData).sort(([a], [b]) => b.localeCompare(a));
    return (
      <dl className="section-data" data-testid="case-introduction-absence">
        {months.map(([month, m]) => (
          <div key={month}>
            <dt>{month}</dt>
            <dd>
              {t('intro.caseSection.approved')}: {m.approvedHours} · {t('intro.caseSection.unapproved')}: {m.unapprovedHours}
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  const { participant, plan } = data as IntroductionData;
  return (
    <dl className="section-data" data-testid="case-introduction">
      {participant && (
        <>
          <div>
            <dt>{t('intro.caseSection.participantStatus')}</dt>
            <dd>{t(`intro.status.${participant.status}`, { defaultValue: participant.status })}</dd>
          </div>
          <div>
            <dt>{t('intro.caseSection.decisionDeadline')}</dt>
            <dd>
              {formatDate(participant.decisionDeadline, lang)}
              {participant.decidedOn ? ` (${t('intro.caseSection.decidedOn')} ${formatDate(participant.decidedOn, lang)})` : ''}
            </dd>
          </div>
        </>
      )}
      {plan && (
        <div>
          <dt>{t('intro.caseSection.plan')}</dt>
          <dd>
            {t('intro.caseSection.planPeriod', {
              group: t(`intro.group.${plan.sluttmaalGroup}`),
              from: formatDate(plan.startDate, lang),
              to: formatDate(plan.endDate, lang),
            })}
          </dd>
        </div>
      )}
    </dl>
  );
}
