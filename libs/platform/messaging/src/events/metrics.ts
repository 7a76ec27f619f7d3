import { Counter, Gauge, register, type Metric } from 'prom-client';

// Several relays/consumers (and test files) share one process and the default registry:
// reuse a metric if it is already registered instead of throwing on the second one.
function singleton<T extends Metric>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

export const messagingMetrics = {
  outboxLag: () =>
    singleton(
      'ankomst_outbox_lag_seconds',
      () =>
        new Gauge({
          name: 'ankomst_outbox_lag_seconds',
          help: 'Age in seconds of the oldest unpublished outbox event (0 when none)',
          labelNames: ['service'],
        }),
    ),
  outboxPending: () =>
    singleton(
      'ankomst_outbox_pending',
      () =>
        new Gauge({
          name: 'ankomst_outbox_pending',
          help: 'Outbox events not yet published',
          labelNames: ['service'],
        }),
    ),
  published: () =>
    singleton(
      'ankomst_events_published_total',
      () =>
        new Counter({
          name: 'ankomst_events_published_total',
          help: 'Outbox events acknowledged by JetStream',
          labelNames: ['service', 'subject', 'duplicate'],
        }),
    ),
  publishFailures: () =>
    singleton(
      'ankomst_events_publish_failures_total',
      () =>
        new Counter({
          name: 'ankomst_events_publish_failures_total',
          help: 'Failed publish attempts (retried with backoff)',
          labelNames: ['service', 'subject'],
        }),
    ),
  consumerPending: () =>
    singleton(
      'ankomst_events_consumer_pending',
      () =>
        new Gauge({
          name: 'ankomst_events_consumer_pending',
          help: 'Messages in the stream not yet delivered to this consumer',
          labelNames: ['consumer'],
        }),
    ),
  handled: () =>
    singleton(
      'ankomst_events_handled_total',
      () =>
        new Counter({
          name: 'ankomst_events_handled_total',
          help: 'Deliveries by outcome: applied, duplicate (already in inbox), failed',
          labelNames: ['consumer', 'outcome'],
        }),
    ),
  redeliveries: () =>
    singleton(
      'ankomst_events_redeliveries_total',
      () =>
        new Counter({
          name: 'ankomst_events_redeliveries_total',
          help: 'Deliveries with a delivery count above 1',
          labelNames: ['consumer'],
        }),
    ),
  deadLetters: () =>
    singleton(
      'ankomst_events_dead_letters_total',
      () =>
        new Counter({
          name: 'ankomst_events_dead_letters_total',
          help: 'Events moved to the dead letter table',
          labelNames: ['consumer', 'reason'],
        }),
    ),
};
