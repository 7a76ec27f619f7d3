import { addDays, ANONYMOUS_ROLE, daysBetween, todayInOslo } from '@ankomst/contracts';
import {
  type GuideRequestByRefugee,
  guideRequestRegistered,
  type GuideRequestView,
  type ListGuideRequestsQuery,
  type PublicReceipt,
  type RegisterGuideRequest,
  volunteeringPermissions,
} from '@ankomst/contracts/volunteering';
import { authorize, EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { queueMessage } from '../outbox/outbox';
import { ATTENTION_OPTIONS, type AttentionOptions, FLOOD_OPTIONS, type FloodCheckOptions, isBot } from '../public/flood';
import { GuideRequestEntity } from './guide-request.entity';

const UNIQUE_VIOLATION = '23505';

/**
 * The waiting list: settled persons the coordinator registers with their consent, and
 * requests people send themselves through the public form. Permission first, the actor's
 * municipality as the scope of every read and write, the event in the transaction of the change.
 */
@Injectable()
export class GuideRequestsService {
  private readonly logger = new Logger('GuideRequests');

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
    @Inject(FLOOD_OPTIONS) private readonly flood: FloodCheckOptions,
    @Inject(ATTENTION_OPTIONS) private readonly attention: AttentionOptions,
  ) {}

  async list({ actor }: RequestContext, query: ListGuideRequestsQuery): Promise<{ total: number; items: GuideRequestView[] }> {
    authorize(actor, volunteeringPermissions.write);
    const [rows, total] = await this.dataSource.getRepository(GuideRequestEntity).findAndCount({
      where: { municipality: actor.municipality, status: In(['waiting', 'proposed', 'matched']) },
      order: { registeredOn: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    const today = todayInOslo();
    return { total, items: rows.map((row) => toGuideRequestView(row, today)) };
  }

  async register({ actor, correlationId }: RequestContext, input: RegisterGuideRequest): Promise<GuideRequestView> {
    authorize(actor, volunteeringPermissions.write);
    const { consentConfirmed: _consent, ...fields } = input;
    const record = Object.assign(new GuideRequestEntity(), {
      ...blankWishes,
      ...fields,
      id: randomUUID(),
      municipality: actor.municipality,
      source: 'settled-with-consent' as const,
      status: 'waiting' as const,
    });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(GuideRequestEntity, record);
        await this.events.record(manager, {
          contract: guideRequestRegistered,
          aggregateId: record.id,
          municipality: record.municipality,
          actor,
          correlationId,
          payload: {
            guideRequestId: record.id,
            municipality: record.municipality,
            personId: input.personId,
            householdId: input.householdId,
            registeredOn: record.registeredOn,
            waitAttentionOn: addDays(record.registeredOn, this.attention.waitAttentionWeeks * 7),
          },
        });
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw error;
      throw new ServiceException('conflict', 'This person is registered already');
    }
    return toGuideRequestView(record, todayInOslo());
  }

  /** A person's own request: on the waiting list at once; the coordinator gets in touch. */
  async submitOwn({ actor }: RequestContext, input: GuideRequestByRefugee): Promise<PublicReceipt> {
    if (actor.role !== ANONYMOUS_ROLE) authorize(actor, volunteeringPermissions.write);
    if (isBot(input, this.flood)) {
      this.logger.warn({ municipality: actor.municipality }, 'Guide request dropped by the flood checks (honeypot or fill time)');
      return { received: true };
    }
    const today = todayInOslo();
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(GuideRequestEntity, {
        ...blankWishes,
        id: randomUUID(),
        municipality: actor.municipality,
        personId: null,
        householdId: null,
        registeredOn: today,
        name: input.name,
        source: 'own-request',
        status: 'waiting',
        contactPhone: input.phone ?? null,
        contactEmail: input.email ?? null,
        formLanguage: input.formLanguage,
        languages: input.languages,
        area: input.area,
        availability: input.availability,
        wantedGender: input.wantedGender ?? null,
        involvesMinors: input.involvesMinors,
        interests: input.interests,
      });
      if (input.email) {
        await queueMessage(manager, {
          municipality: actor.municipality,
          to: input.email,
          kind: 'guide-request-received',
          subject: 'Vi har fått forespørselen din / We have your request',
          body: 'Du står på ventelisten for en flyktningguide. / You are on the waiting list for a refugee guide.',
        });
      }
    });
    return { received: true };
  }
}

const blankWishes = {
  personId: null,
  householdId: null,
  contactPhone: null,
  contactEmail: null,
  formLanguage: null,
  wantedRole: null,
  wantedGender: null,
  involvesMinors: false,
  interests: [],
  profession: null,
  education: null,
  ageBand: null,
  lifeSituation: null,
};

export function toGuideRequestView(entity: GuideRequestEntity, today: string): GuideRequestView {
  return {
    id: entity.id,
    municipality: entity.municipality,
    personId: entity.personId,
    householdId: entity.householdId,
    name: entity.name,
    source: entity.source,
    registeredOn: entity.registeredOn,
    waitingDays: Math.max(0, daysBetween(entity.registeredOn, today)),
    status: entity.status,
    languages: entity.languages,
    area: entity.area,
    availability: entity.availability,
    wantedRole: entity.wantedRole ?? null,
    wantedGender: entity.wantedGender ?? null,
    involvesMinors: entity.involvesMinors,
    interests: entity.interests,
    profession: entity.profession ?? null,
    education: entity.education ?? null,
    ageBand: entity.ageBand ?? null,
    lifeSituation: entity.lifeSituation ?? null,
  };
}
