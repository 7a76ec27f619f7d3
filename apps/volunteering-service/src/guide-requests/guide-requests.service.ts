import {
  guideRequestRegistered,
  type GuideRequestView,
  type ListGuideRequestsQuery,
  volunteeringPermissions,
  type RegisterGuideRequest,
} from '@ankomst/contracts/volunteering';
import { EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authorize } from '../access/authorize';
import { GuideRequestEntity } from './guide-request.entity';

const UNIQUE_VIOLATION = '23505';

/**
 * The domain side of guide requests: permission first, the actor's municipality as the
 * scope of every read and write, and the event recorded in the transaction of the change.
 */
@Injectable()
export class GuideRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async list({ actor }: RequestContext, query: ListGuideRequestsQuery): Promise<{ total: number; items: GuideRequestView[] }> {
    authorize(actor, volunteeringPermissions.read);
    const [rows, total] = await this.dataSource.getRepository(GuideRequestEntity).findAndCount({
      where: { municipality: actor.municipality },
      order: { registeredOn: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { total, items: rows.map(toView) };
  }

  async register({ actor, correlationId }: RequestContext, input: RegisterGuideRequest): Promise<GuideRequestView> {
    authorize(actor, volunteeringPermissions.write);
    const record = Object.assign(new GuideRequestEntity(), { id: randomUUID(), municipality: actor.municipality, ...input });
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
            personId: record.personId,
            householdId: record.householdId,
            registeredOn: record.registeredOn,
          },
        });
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code !== UNIQUE_VIOLATION) throw error;
      throw new ServiceException('conflict', 'This person is registered already');
    }
    return toView(record);
  }
}

function toView(entity: GuideRequestEntity): GuideRequestView {
  return {
    id: entity.id,
    municipality: entity.municipality,
    personId: entity.personId,
    householdId: entity.householdId,
    registeredOn: entity.registeredOn,
  };
}
