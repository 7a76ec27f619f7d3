import { type OutboxMessage, volunteeringPermissions } from '@ankomst/contracts/volunteering';
import type { RequestContext } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';
import { authorize } from '@ankomst/platform-messaging';

/** The coordinator's view of the messages waiting to be sent, newest first. */
@Injectable()
export class OutboxService {
  constructor(private readonly dataSource: DataSource) {}

  async list({ actor }: RequestContext, query: { limit: number }): Promise<{ items: OutboxMessage[] }> {
    authorize(actor, volunteeringPermissions.write);
    const rows = await this.dataSource.getRepository(OutboxMessageEntity).find({
      where: { municipality: actor.municipality },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: query.limit,
    });
    return {
      items: rows.map((row) => ({
        id: row.id,
        to: row.to,
        kind: row.kind,
        subject: row.subject,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
      })),
    };
  }
}
