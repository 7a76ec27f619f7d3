import type { NatsConnection } from 'nats';
import type { DataSource } from 'typeorm';
import type { EventContract } from '@ankomst/contracts';
import { EventConsumer, defaultConsumerOptions, type BeforeApply, type ConsumerOptions, type EventHandler } from './event-consumer';
import { defaultLogger, type MessagingLogger } from './logger';
import { deadLetterSubject, durableName } from './naming';

export interface RegisterOptions extends Partial<ConsumerOptions> {
  /** Durable name; defaults to `<durablePrefix>__<subject>`. Needed only for a second
   *  handler of the same subject in one service. */
  durable?: string;
  /** See BeforeApply. */
  beforeApply?: BeforeApply;
}

export interface EventConsumersOptions {
  /** The consuming service's key (housing, health, ...). */
  service: string;
  /** Prefix of durable names; defaults to the service key. */
  durablePrefix?: string;
  /** Defaults for every registration. */
  defaults?: Partial<ConsumerOptions>;
}

/** The handlers of one service process: register before start(). */
export class EventConsumers {
  private readonly consumers = new Map<string, EventConsumer>();
  private started = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly nats: NatsConnection,
    private readonly options: EventConsumersOptions,
    private readonly logger: MessagingLogger = defaultLogger('EventConsumers'),
  ) {}

  register<C extends EventContract>(contract: C, handler: EventHandler<C>, options: RegisterOptions = {}): void {
    const { durable: name, beforeApply, ...overrides } = options;
    const durable = name ?? durableName(this.options.durablePrefix ?? this.options.service, contract.subject);
    if (this.consumers.has(durable)) {
      throw new Error(`A handler for ${contract.subject} is already registered as ${durable}`);
    }
    const consumer = new EventConsumer<C>(
      this.dataSource,
      this.nats,
      {
        contract,
        handler,
        beforeApply,
        durable,
        deadLetterSubject: deadLetterSubject(this.options.service),
        options: { ...defaultConsumerOptions, ...this.options.defaults, ...overrides },
      },
      this.logger,
    );
    this.consumers.set(durable, consumer as unknown as EventConsumer);
    if (this.started) consumer.start();
  }

  start(): void {
    this.started = true;
    for (const consumer of this.consumers.values()) consumer.start();
  }

  /** Resolves when every registered durable exists and is pulling. */
  async ready(): Promise<void> {
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.ready));
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.stop()));
  }

  get durables(): string[] {
    return [...this.consumers.keys()];
  }
}
