import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Page, Section } from '../../../components/page';
import { Loading, ServerError } from '../../../components/states';
import { formatDate } from '../../../format/format';
import { useParticipant } from '../api/use-introduction';
import { FollowUpForm } from '../components/follow-up-form';
import { IntroDeadline } from '../components/intro-deadline-tag';
import { CareerGuidanceForm, DecisionForm, ExitForm, FactsForm, MappingForm } from '../components/participant-forms';
import { PlanPanel } from '../components/plan-editor';
import { StipendPanel } from '../components/stipend-panel';
import { StopPanel } from '../components/stop-forms';

/** One participant: facts from housing, mapping and guidance, the decision, the plan, the stipend basis, a stop, the exit and the follow-up a year after. */
export default function ParticipantPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { participantId = '' } = useParams();
  const query = useParticipant(participantId);
  if (query.isPending) return <Loading />;
  if (query.error) return <ServerError error={query.error} />;
  const p = query.data;
  const inProgramme = ['granted', 'active', 'stopped'].includes(p.status);

  return (
    <Page title={`${p.givenName} ${p.familyName}`}>
      <dl className="facts">
        <div>
          <dt>{t('intro.participant.status')}</dt>
          <dd>
            <Tag data-color="neutral" data-testid="participant-status">
              {t(`intro.status.${p.status}`)}
            </Tag>
          </dd>
        </div>
        <div>
          <dt>{t('intro.participant.deadline')}</dt>
          <dd data-testid="participant-deadline">
            <IntroDeadline deadline={p.deadline} />
          </dd>
        </div>
        <div>
          <dt>{t('intro.participant.birthDate')}</dt>
          <dd>{formatDate(p.birthDate, lang)}</dd>
        </div>
        <div>
          <dt>{t('intro.participant.settledOn')}</dt>
          <dd>{formatDate(p.settledOn, lang)}</dd>
        </div>
        <div>
          <dt>{t('intro.participant.source')}</dt>
          <dd>
            {t(`intro.source.${p.source}`)}
            {p.manualReason ? ` – ${p.manualReason}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('intro.participant.eligibility')}</dt>
          <dd>
            {p.eligibility.eligible
              ? t('intro.eligibility.eligible', { age: p.eligibility.ageAtPermit })
              : p.eligibility.reasons.map((r) => t(`intro.eligibility.${r}`)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('intro.participant.children')}</dt>
          <dd>{p.hasChildren || p.expectsChild ? t('common.yes') : t('common.no')}</dd>
        </div>
      </dl>
      <Section title={t('intro.facts.title')} id="facts">
        <FactsForm participant={p} />
      </Section>
      <Section title={t('intro.mapping.title')} id="mapping">
        <MappingForm participant={p} />
      </Section>
      <Section title={t('intro.guidance.title')} id="guidance">
        <CareerGuidanceForm participant={p} />
      </Section>
      <Section title={t('intro.decision.title')} id="decision">
        {p.decision ? (
          <Paragraph data-testid="decision">
            {t(`intro.decision.${p.decision.outcome}`)} {formatDate(p.decision.decidedOn, lang)}
            {p.decision.reason ? ` – ${p.decision.reason}` : ''}
          </Paragraph>
        ) : (
          <DecisionForm participant={p} />
        )}
      </Section>
      {(inProgramme || p.status === 'exited') && (
        <>
          <Section title={t('intro.plan.title')} id="plan">
            <PlanPanel participant={p} />
          </Section>
          <Section title={t('intro.stipend.title')} id="stipend">
            <StipendPanel participantId={p.id} />
          </Section>
        </>
      )}
      {inProgramme && (
        <Section title={t('intro.stop.title')} id="stop">
          <StopPanel participant={p} />
        </Section>
      )}
      {inProgramme && (
        <Section title={t('intro.exit.title')} id="exit">
          <ExitForm participant={p} />
        </Section>
      )}
      {p.exit && (
        <Section title={t('intro.certificate.title')} id="certificate">
          <div className="certificate" data-testid="certificate">
            <Paragraph>
              {t('intro.certificate.text', {
                name: `${p.givenName} ${p.familyName}`,
                from: formatDate(p.decision?.decidedOn, lang),
                to: formatDate(p.exit.exitedOn, lang),
              })}
            </Paragraph>
            <Paragraph>
              {t('intro.exit.reason')}: {t(`intro.exitReason.${p.exit.reason}`)} · {t('intro.exit.outcome')}:{' '}
              {t(`intro.exitOutcome.${p.exit.outcome}`)}
            </Paragraph>
          </div>
          <Button variant="secondary" onClick={() => window.print()}>
            {t('intro.certificate.print')}
          </Button>
        </Section>
      )}
      {p.exit && (
        <Section title={t('intro.followUp.title')} id="follow-up">
          <FollowUpForm participant={p} />
        </Section>
      )}
    </Page>
  );
}
