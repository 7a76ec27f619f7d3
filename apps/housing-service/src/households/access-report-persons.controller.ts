import { accessReportByNationalId, type AccessReportPersons } from '@ankomst/contracts';
import { housingRpc } from '@ankomst/contracts/housing';
import { authorize, Context, parseInput, type RequestContext } from '@ankomst/platform-messaging';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import { NationalIdVault } from '../national-id/national-id-vault';
import { PersonEntity } from './household.entity';

/**
 * The privacy officer's one way from a national id to the audit log: the gateway asks which
 * person records of the caller's municipality hold the number, to build that person's access
 * report. Only `audit:read` may ask (the officer holds no housing permission and gets none
 * here), and the answer is the ids and names only. Every record counts, also one released to
 * another municipality or one that left its household: what was seen of it is still the
 * person's to know. Another municipality's records are not found, as if they did not exist.
 */
@Controller()
export class AccessReportPersonsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly vault: NationalIdVault,
  ) {}

  @MessagePattern(housingRpc.resolveAccessReportPersons)
  async resolve(@Payload() body: unknown, @Context() { actor }: RequestContext): Promise<AccessReportPersons> {
    authorize(actor, 'audit:read');
    const { nationalId } = parseInput(accessReportByNationalId, body);
    const records = await this.dataSource.getRepository(PersonEntity).find({
      where: { nationalIdHash: this.vault.lookupHash(nationalId), municipality: actor.municipality },
      select: { id: true, givenName: true, familyName: true },
      order: { id: 'ASC' },
    });
    return { persons: records.map((p) => ({ personId: p.id, displayName: `${p.givenName} ${p.familyName}` })) };
  }
}
