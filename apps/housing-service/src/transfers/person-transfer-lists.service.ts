import type { IncomingPersonTransferList, ListPersonTransfers, OutgoingPersonTransferList } from '@ankomst/contracts/housing';
import type { RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PersonEntity } from '../households/household.entity';
import { PersonTransferEntity } from './person-transfer.entity';
import { toIncomingTransfer, toOutgoingTransfer } from './transfer-views';
import { authorize } from '@ankomst/platform-messaging';

/**
 * Each side's list of transfers, scoped to the actor's municipality. Even reading needs
 * housing:write: transfers are the housing office's case work.
 */
@Injectable()
export class PersonTransferListsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Requests for the actor's persons, newest first. */
  async listIncoming({ actor }: RequestContext, query: ListPersonTransfers): Promise<IncomingPersonTransferList> {
    authorize(actor, 'housing:write');
    const transfers = await this.dataSource.getRepository(PersonTransferEntity).find({
      where: { fromMunicipality: actor.municipality, ...(query.status ? { status: query.status } : {}) },
      order: { requestedAt: 'DESC', id: 'ASC' },
      take: query.limit,
    });
    const persons = await this.dataSource.getRepository(PersonEntity).findBy({ id: In(transfers.map((t) => t.personId)) });
    const byId = new Map(persons.map((p) => [p.id, p]));
    return { items: transfers.map((t) => toIncomingTransfer(t, byId.get(t.personId) as PersonEntity)) };
  }

  /** The actor's municipality's own requests, newest first. */
  async listOutgoing({ actor }: RequestContext, query: ListPersonTransfers): Promise<OutgoingPersonTransferList> {
    authorize(actor, 'housing:write');
    const transfers = await this.dataSource.getRepository(PersonTransferEntity).find({
      where: { toMunicipality: actor.municipality, ...(query.status ? { status: query.status } : {}) },
      order: { requestedAt: 'DESC', id: 'ASC' },
      take: query.limit,
    });
    return { items: transfers.map(toOutgoingTransfer) };
  }
}
