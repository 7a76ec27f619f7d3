import type { OutboxMessage } from '@ankomst/contracts/volunteering';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A message to send (e-mail sending itself is outside Ankomst): the coordinator sees the list. */
@Entity({ name: 'message_outbox' })
export class OutboxMessageEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('char', { length: 4 }) municipality!: string;
  @Column('text', { name: 'to_address' }) to!: string;
  @Column('text') kind!: OutboxMessage['kind'];
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
