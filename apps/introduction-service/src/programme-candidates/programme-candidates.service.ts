import {
  programmeCandidateRegistered,
  type ProgrammeCandidateView,
  type ListProgrammeCandidatesQuery,
  introductionPermissions,
  type RegisterProgrammeCandidate,
} from '@ankomst/contracts';
import { EventRecorder, type RequestContext, ServiceException } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { authorize } from '../access/authorize';
import { ProgrammeCandidateEntity } from './programme-candidate.entity';

const UNIQUE_VIOLATION = '23505';

/**
 * The domain side of programme candidates: permission first, the actor's municipality as the
 * scope of every read and write, and the event recorded in the transaction of the change.
 */
@Injectable()
export class ProgrammeCandidatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventRecorder,
  ) {}

  async list({ actor }: RequestContext, query: ListProgrammeCandidatesQuery): Promise<{ total: number; items: ProgrammeCandidateView[] }> {
    authorize(actor, introductionPermissions.read);
    const [rows, total] = await this.dataSource.getRepository(ProgrammeCandidateEntity).findAndCount({
      where: { municipality: actor.municipality },
      order: { registeredOn: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { total, items: rows.map(toView) };
  }

  async register({ actor, correlationId }: RequestContext, input: RegisterProgrammeCandidate): Promise<ProgrammeCandidateView> {
    authorize(actor, introductionPermissions.write);
    const record = Object.assign(new ProgrammeCandidateEntity(), { id: randomUUID(), municipality: actor.municipality, ...input });
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(ProgrammeCandidateEntity, record);
        await this.events.record(manager, {
          contract: programmeCandidateRegistered,
          aggregateId: record.id,
          municipality: record.municipality,
          actor,
          correlationId,
          payload: {
            programmeCandidateId: record.id,
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

function toView(entity: ProgrammeCandidateEntity): ProgrammeCandidateView {
  return {
    id: entity.id,
    municipality: entity.municipality,
    personId: entity.personId,
    householdId: entity.householdId,
    registeredOn: entity.registeredOn,
  };
}
