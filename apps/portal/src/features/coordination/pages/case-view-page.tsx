import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError, isMissingRoute } from '../../../api/api-error';
import { can } from '../../../auth/permissions';
import { useSession } from '../../../auth/use-session';
import { Page, Section } from '../../../components/page';
import { Loading, NotAvailable, ServerError } from '../../../components/states';
import { formatDate, formatDateTime } from '../../../format/format';
import { useCase } from '../api/use-cases';
import { CaseReferrals } from '../components/case-referrals';
import { ConsentPanel } from '../components/consent-panel';
import { DeadlineTag } from '../components/deadline-tag';
import { IntroductionSection } from '../components/introduction-section';
import { RestrictedNotice } from '../components/restricted';
import { HealthFollowUpLine } from '../components/health-follow-up-line';
import { SectionData } from '../components/section-data';
import { VolunteeringSection } from '../components/volunteering-section';

export default function CaseViewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { householdId = '' } = useParams();
  const { user } = useSession();
  const view = useCase(householdId);

  if (view.isPending) return <Loading />;
  if (view.error) {
    return (
      <Page title={t('caseView.title')}>
        {isMissingRoute(view.error) ? (
          <NotAvailable feature={t('caseView.title')} />
        ) : view.error instanceof ApiError && view.error.status === 404 ? (
          <Paragraph>{t('caseView.notFound')}</Paragraph>
        ) : (
          <ServerError error={view.error} />
        )}
      </Page>
    );
  }
  const data = view.data;
  const names = data.members.map((m) => `${m.givenName} ${m.familyName}`).join(', ');
  return (
    <Page title={t('caseView.titleFor', { names })} lead={t('caseView.lead')}>
      <dl className="facts">
        <div>
          <dt>{t('cases.status')}</dt>
          <dd>
            <Tag data-color="neutral" data-testid="case-status">
              {t(`caseStatus.${data.status}`)}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t('cases.nextDue')}</dt>
          <dd>
            {formatDate(data.settlement.nextDueOn, lang)} <DeadlineTag state={data.settlement.state} />
          </dd>
        </div>
        <div>
          <dt>{t('households.requestedOn')}</dt>
          <dd>{formatDate(data.requestedOn, lang)}</dd>
        </div>
      </dl>
      <Section title={t('caseView.dwelling')} id="dwelling">
        {data.dwelling.restricted ? (
          <RestrictedNotice scope={data.dwelling.scope} reason={data.dwelling.reason} />
        ) : data.dwelling.data ? (
          <div data-testid="case-dwelling">
            <SectionData data={data.dwelling.data} />
          </div>
        ) : (
          <Paragraph>{t('caseView.noDwelling')}</Paragraph>
        )}
      </Section>
      <Section title={t('registerHousehold.members')} id="members">
        {data.members.map((member) => (
          <div key={member.personId} className="scope-card">
            <Heading level={3} data-size="xs">
              {member.givenName} {member.familyName} · {t('caseView.age', { count: member.age })}
              {member.unaccompaniedMinor && (
                <>
                  {' '}
                  <Tag data-color="warning" data-size="sm">
                    {t('person.unaccompaniedMinor')}
                  </Tag>
                </>
              )}
            </Heading>
            <Paragraph data-size="sm">
              {t('caseView.settlementDue', { date: formatDate(member.settlement.dueOn, lang) })}{' '}
              <DeadlineTag state={member.settlement.state} />
            </Paragraph>
            {Object.entries(member.sections).map(([section, value]) => (
              <div key={section} className="case-section">
                <Heading level={4} data-size="2xs">
                  {t(`department.${section}`, { defaultValue: t(`intro.caseSection.${section}`, { defaultValue: section }) })}
                </Heading>
                {value.restricted ? (
                  <RestrictedNotice scope={value.scope} reason={value.reason} />
                ) : section.startsWith('introduction') ? (
                  <IntroductionSection section={section} data={value.data} />
                ) : section === 'volunteering' ? (
                  <VolunteeringSection data={value.data} />
                ) : section === 'health' ? (
                  <HealthFollowUpLine data={value.data} />
                ) : (
                  <SectionData data={value.data} />
                )}
              </div>
            ))}
            {can(user, 'consent:read') && (
              <details className="consents">
                <summary>{t('consent.titleFor', { name: member.givenName })}</summary>
                <ConsentPanel personId={member.personId} personName={member.givenName} canWrite={can(user, 'consent:write')} />
              </details>
            )}
          </div>
        ))}
      </Section>
      {can(user, 'referral:read') && (
        <Section title={t('referrals.inCase')} id="case-referrals">
          <CaseReferrals members={data.members} />
        </Section>
      )}
      <Section title={t('caseView.timeline')} id="case-timeline">
        {data.timeline.length === 0 ? (
          <Paragraph>{t('caseView.noEvents')}</Paragraph>
        ) : (
          <ol className="timeline">
            {data.timeline.map((entry) => (
              <li key={entry.eventId}>
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt, lang)}</time>
                {t(`department.${entry.department}`, { defaultValue: entry.department })}:{' '}
                {entry.restricted ? (
                  <Tag data-color="warning" data-size="sm">
                    {t('caseView.restricted')}
                  </Tag>
                ) : (
                  t(`caseView.eventKinds.${entry.kind}`, { defaultValue: entry.summary ?? entry.kind })
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
    </Page>
  );
}
