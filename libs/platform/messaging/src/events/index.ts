export { EventRecorder, type RecordEventInput, type EventRecorderOptions } from './event-recorder';
export { OutboxRelay, defaultRelayOptions, type OutboxRelayOptions, type OutboxRow, type PublishedRow } from './outbox-relay';
export {
  EventConsumer,
  defaultConsumerOptions,
  type ConsumerOptions,
  type BeforeApply,
  type EventContext,
  type EventHandler,
} from './event-consumer';
export { EventConsumers, type EventConsumersOptions, type RegisterOptions } from './event-consumers';
export { OnEvent, ON_EVENT_METADATA } from './on-event.decorator';
export { EventsModule, EventsLifecycle, EVENTS_NATS, EVENTS_OPTIONS, type EventsModuleOptions } from './events.module';
export { ensureStream, type StreamDeclaration } from './streams';
export { listDeadLetters, type DeadLetter, type DeadLetterFilter } from './dead-letters';
export { parseEvent, type ParsedEvent } from './parse-event';
export { backoffDelay, defaultBackoff, type BackoffPolicy } from './backoff';
export { deadLetterSubject, defaultStreamName, durableName } from './naming';
export { messagingMetrics } from './metrics';
export { CreateMessagingTables1795464000000, OutboxClaimAgeIndex1796190000000, messagingMigrations } from './migrations';
export { messagingEntities, OutboxEventEntity, InboxEntity, DeadLetterEntity } from './entities';
export type { MessagingLogger } from './logger';
