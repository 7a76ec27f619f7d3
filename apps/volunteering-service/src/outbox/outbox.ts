import type { OutboxMessage } from '@ankomst/contracts/volunteering';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

export interface QueuedMessage {
  municipality: string;
  to: string;
  kind: OutboxMessage['kind'];
  subject: string;
  body: string;
}

/** Keeps a message to send in the same transaction as the change it tells about. */
export async function queueMessage(manager: EntityManager, message: QueuedMessage): Promise<void> {
  await manager.insert(OutboxMessageEntity, { id: randomUUID(), ...message });
}
