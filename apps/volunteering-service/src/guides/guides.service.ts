import { ANONYMOUS_ROLE, domainIssue, todayInOslo } from '@ankomst/contracts';
import {
  type DecideGuide,
  type GuideDetail,
  type GuideStatus,
  type GuideSummary,
  type PublicReceipt,
  type RecordScreeningStep,
  type VolunteerSignUp,
  volunteeringPermissions,
} from '@ankomst/contracts/volunteering';
import { authorize, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { queueMessage } from '../outbox/outbox';
import { FLOOD_OPTIONS, type FloodCheckOptions, isBot } from '../public/flood';
import { toGuideDetail, toGuideSummary, screeningRecordOf } from './guide-views';
import { ageBlocker, approvalBlockers, stepRefusal } from './screening-rules';
import { VolunteerEntity } from './volunteer.entity';

/** The code a volunteer types once to link their login to their record; only its hash is kept. */
export const hashInvitationCode = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

/**
 * Volunteers: the public sign-up, the coordinator's screening and decision. Every read and
 * write is scoped to the actor's municipality (for the public sign-up: the municipality the
 * path names, carried in the anonymous actor).
 */
@Injectable()
export class GuidesService {
  private readonly logger = new Logger('Guides');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FLOOD_OPTIONS) private readonly flood: FloodCheckOptions,
  ) {}

  /**
   * A sign-up: a bot (honeypot filled, sent faster than a person can) is answered like anyone
   * else and nothing is kept. The same e-mail again keeps the first registration, counts the
   * repeat and tells the person by message; the answer never says whether an address is known.
   */
  async signUp({ actor }: RequestContext, input: VolunteerSignUp): Promise<PublicReceipt> {
    if (actor.role !== ANONYMOUS_ROLE) authorize(actor, volunteeringPermissions.write);
    if (isBot(input, this.flood)) {
      this.logger.warn({ municipality: actor.municipality }, 'Sign-up dropped by the flood checks (honeypot or fill time)');
      return { received: true };
    }
    const today = todayInOslo();
    const age = ageBlocker({ role: input.role, birthDate: input.birthDate, guardianConsent: input.guardianConsent }, today);
    if (age === 'too-young') {
      throw ServiceException.validation([
        domainIssue('birthDate', 'volunteer_too_young', 'must be 18 or older (16 or older for a youth buddy with a guardian’s consent)'),
      ]);
    }
    if (age === 'guardian-consent-missing') {
      throw ServiceException.validation([domainIssue('guardianConsent', 'volunteer_guardian_consent', 'a guardian must consent under 18')]);
    }
    await this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `INSERT INTO volunteer (id, municipality, role, name, email, phone, birth_date, gender, languages, interests, profession, education,
           availability, area, life_situation, motivation, guardian_consent, privacy_consent_on, signed_up_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
         ON CONFLICT (municipality, email) DO UPDATE SET repeated_sign_ups = volunteer.repeated_sign_ups + 1
         RETURNING (xmax = 0) AS inserted, signed_up_on::text AS "signedUpOn"`,
        [
          randomUUID(),
          actor.municipality,
          input.role,
          input.name,
          input.email,
          input.phone ?? null,
          input.birthDate,
          input.gender ?? null,
          input.languages,
          input.interests,
          input.profession || null,
          input.education ?? null,
          input.availability,
          input.area,
          input.lifeSituation ?? null,
          input.motivation,
          input.guardianConsent,
          today,
        ],
      )) as { inserted: boolean; signedUpOn: string }[];
      const [{ inserted, signedUpOn }] = rows;
      await queueMessage(manager, {
        municipality: actor.municipality,
        to: input.email,
        kind: inserted ? 'sign-up-received' : 'sign-up-repeated',
        subject: inserted ? 'Vi har fått påmeldingen din / We have your sign-up' : 'Du er allerede påmeldt / You have signed up already',
        body: inserted
          ? `Takk! Frivillighetskoordinatoren tar kontakt for en samtale.\nThank you! The volunteer coordinator will contact you for an interview.`
          : `Vi har påmeldingen din fra ${signedUpOn} og har ikke endret den. Ta kontakt med koordinatoren om noe skal endres.\n` +
            `We have your sign-up of ${signedUpOn} and have not changed it. Contact the coordinator to change anything.`,
      });
    });
    return { received: true };
  }

  async list({ actor }: RequestContext, query: { status?: GuideStatus }): Promise<{ items: GuideSummary[] }> {
    authorize(actor, volunteeringPermissions.write);
    const rows = await this.dataSource.getRepository(VolunteerEntity).find({
      where: { municipality: actor.municipality, ...(query.status ? { status: query.status } : {}) },
      order: { signedUpOn: 'ASC', id: 'ASC' },
    });
    const today = todayInOslo();
    return { items: rows.map((row) => toGuideSummary(row, today)) };
  }

  async get({ actor }: RequestContext, { guideId }: { guideId: string }): Promise<GuideDetail> {
    authorize(actor, volunteeringPermissions.write);
    return toGuideDetail(await this.find(this.dataSource.manager, actor.municipality, guideId), todayInOslo());
  }

  /** One step on its day, in the model's order; the police certificate as seen by the actor, never the document. */
  async recordStep({ actor }: RequestContext, input: RecordScreeningStep): Promise<GuideDetail> {
    authorize(actor, volunteeringPermissions.write);
    return this.dataSource.transaction(async (manager) => {
      const guide = await this.find(manager, actor.municipality, input.guideId, true);
      const refusal = stepRefusal(screeningRecordOf(guide), input.step);
      if (refusal) throw new ServiceException('conflict', `Cannot record ${input.step}: ${refusal}`, undefined, { code: refusal });
      switch (input.step) {
        case 'interview':
          guide.interviewOn = input.on;
          break;
        case 'start-course':
          guide.startCourseOn = input.on;
          break;
        case 'first-aid':
          guide.firstAidOn = input.on;
          break;
        case 'ethics-declaration':
          guide.ethicsSignedOn = input.on;
          break;
        case 'police-certificate':
          if (input.certificateDate! > input.on) {
            throw ServiceException.validation([
              domainIssue('certificateDate', 'not_after', 'must not be after the day it was seen', { other: 'on' }),
            ]);
          }
          guide.policeCertificateDate = input.certificateDate!;
          guide.policeCertificateSeenOn = input.on;
          guide.policeCertificateSeenBy = actor.userId;
          guide.policeCertificateNoRemarks = input.noRemarks!;
          break;
        case 'evaluation':
          guide.lastEvaluationOn = input.on;
          break;
      }
      await manager.save(guide);
      return toGuideDetail(guide, todayInOslo());
    });
  }

  /**
   * Approves a volunteer whose requirements are all met, and queues the approval message with
   * a one-time code: the volunteer links their own login with it (the link is never guessed
   * from a name or an address). A rejection keeps its reason and tells the person.
   */
  async decide({ actor }: RequestContext, input: DecideGuide): Promise<GuideDetail> {
    authorize(actor, volunteeringPermissions.write);
    const today = todayInOslo();
    return this.dataSource.transaction(async (manager) => {
      const guide = await this.find(manager, actor.municipality, input.guideId, true);
      if (guide.status !== 'applicant') {
        throw new ServiceException('conflict', `The volunteer is ${guide.status} already`, undefined, { code: 'already_decided' });
      }
      if (input.decision === 'approve') {
        const blockers = approvalBlockers(screeningRecordOf(guide), today);
        if (blockers.length > 0) {
          throw new ServiceException('conflict', `Requirements missing: ${blockers.join(', ')}`, undefined, {
            code: 'requirements_missing',
            params: { blockers: blockers.join(', ') },
          });
        }
        const code = randomBytes(6).toString('hex').toUpperCase();
        Object.assign(guide, { status: 'approved', decidedOn: today, invitationCodeHash: hashInvitationCode(code) });
        await queueMessage(manager, {
          municipality: guide.municipality,
          to: guide.email,
          kind: 'approved-invitation',
          subject: 'Du er godkjent som frivillig / You are approved as a volunteer',
          body:
            `Velkommen! Logg inn i Ankomst og skriv inn koden ${code} for å se dine oppdrag.\n` +
            `Welcome! Log in to Ankomst and enter the code ${code} to see your matches.`,
        });
      } else {
        Object.assign(guide, { status: 'rejected', decidedOn: today, rejectionReason: input.reason });
        await queueMessage(manager, {
          municipality: guide.municipality,
          to: guide.email,
          kind: 'rejected',
          subject: 'Svar på påmeldingen din / About your sign-up',
          body: 'Koordinatoren har dessverre ikke et oppdrag til deg nå. / The coordinator has no assignment for you at present.',
        });
      }
      await manager.save(guide);
      return toGuideDetail(guide, today);
    });
  }

  private async find(manager: EntityManager, municipality: string, id: string, forUpdate = false): Promise<VolunteerEntity> {
    const guide = await manager.getRepository(VolunteerEntity).findOne({
      where: { id, municipality },
      ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!guide) throw new ServiceException('not_found', 'No such volunteer in your municipality');
    return guide;
  }
}
