import {
  healthAssessmentRegistered,
  type HealthAssessmentView,
  type ListHealthAssessmentsQuery,
  healthPermissions,
  type RegisterHealthAssessment,
} from '@ankomst/contracts/health';
import { EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authorize } from '../access/authorize';
import { HealthAssessmentEntity } from './health-assessment.entity';

const UNIQUE_VIOLATION = '23505';

/**
 * The domain side of health assessments: permission first, the actor's municipality as the
 * scope of every read and write, and the event recorded in the transaction of the change.
 */
@Injectable()
export class HealthAssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async list({ actor }: RequestContext, query: ListHealthAssessmentsQuery): Promise<{ total: number; items: HealthAssessmentView[] }> {
    authorize(actor, healthPermissions.read);
    const [rows, total] = await this.dataSource.getRepository(HealthAssessmentEntity).findAndCount({
      where: { municipality: actor.municipality },
      order: { registeredOn: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { total, items: rows.map(toView) };
  }

  async register({ actor, correlationId }: RequestContext, input: RegisterHealthAssessment): Promise<HealthAssessmentView> {
    authorize(actor, healthPermissions.write);
    const record = Object.assign(new HealthAssessmentEntity(), { id: randomUUID(), municipality: actor.municipality, ...input });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(HealthAssessmentEntity, record);
        await this.events.record(manager, {
          contract: healthAssessmentRegistered,
          aggregateId: record.id,
          municipality: record.municipality,
          actor,
          correlationId,
          payload: {
            healthAssessmentId: record.id,
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

function toView(entity: HealthAssessmentEntity): HealthAssessmentView {
  return {
    id: entity.id,
    municipality: entity.municipality,
    personId: entity.personId,
    householdId: entity.householdId,
    registeredOn: entity.registeredOn,
  };
}
