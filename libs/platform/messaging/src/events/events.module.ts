import {
  Inject,
  Injectable,
  Logger,
  Module,
  type BeforeApplicationShutdown,
  type DynamicModule,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner } from '@nestjs/core';
import { connect, type NatsConnection } from 'nats';
import { DataSource } from 'typeorm';
import type { EventContract } from '@ankomst/contracts';
import type { ConsumerOptions } from './event-consumer';
import { EventConsumers } from './event-consumers';
import { EventRecorder } from './event-recorder';
import { deadLetterSubject, defaultStreamName } from './naming';
import { ON_EVENT_METADATA, type OnEventMetadata } from './on-event.decorator';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { ensureStream } from './streams';

export interface EventsModuleOptions {
  /** Service key: names the stream, durables and dead-letter subject. */
  service: string;
  /** Events this service records; they become its stream's subjects. */
  produces?: EventContract[];
  /** Defaults to NATS_URL, then nats://127.0.0.1:4222. */
  natsUrl?: string;
  /** Defaults to ANKOMST_<SERVICE>. */
  streamName?: string;
  /** Defaults to the service key. */
  durablePrefix?: string;
  /** Default 10 minutes. */
  duplicateWindowMs?: number;
  /** Default 0: no age limit (replays rebuild read models from the first event). */
  maxAgeMs?: number;
  /** Relay tuning; `false` runs no relay in this process. */
  relay?: Partial<Omit<OutboxRelayOptions, 'service'>> | false;
  /** Defaults for every consumer. */
  consumers?: Partial<ConsumerOptions>;
}

export const EVENTS_OPTIONS = Symbol('EVENTS_OPTIONS');
/** The module's own NATS connection (JetStream); injectable for health checks. */
export const EVENTS_NATS = Symbol('EVENTS_NATS');

@Injectable()
export class EventsLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Events');

  constructor(
    @Inject(EVENTS_OPTIONS) private readonly options: EventsModuleOptions,
    @Inject(EVENTS_NATS) private readonly nats: NatsConnection,
    private readonly relay: OutboxRelay,
    private readonly consumers: EventConsumers,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { service } = this.options;
    const stream = this.options.streamName ?? defaultStreamName(service);
    await ensureStream(await this.nats.jetstreamManager(), {
      name: stream,
      subjects: [...(this.options.produces ?? []).map((c) => c.subject), deadLetterSubject(service)],
      duplicateWindowMs: this.options.duplicateWindowMs ?? 10 * 60_000,
      // Kept forever by default: the combined case view is rebuilt by replaying the streams.
      maxAgeMs: this.options.maxAgeMs ?? 0,
    });
    this.registerDecoratedHandlers();
    if (this.options.relay !== false) this.relay.start();
    this.consumers.start();
    this.logger.log(`Stream ${stream} ready; consumers: ${this.consumers.durables.join(', ') || 'none'}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumers.stop();
    await this.relay.stop();
    await this.nats.drain();
  }

  private registerDecoratedHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = instance[method];
        if (typeof handler !== 'function') continue;
        const meta = Reflect.getMetadata(ON_EVENT_METADATA, handler) as OnEventMetadata | undefined;
        if (!meta) continue;
        this.consumers.register(meta.contract, (event, context) => handler.call(instance, event, context), meta.options);
      }
    }
  }
}

function providers(): Provider[] {
  return [
    {
      provide: EVENTS_NATS,
      inject: [EVENTS_OPTIONS],
      useFactory: (options: EventsModuleOptions) =>
        connect({
          servers: options.natsUrl ?? process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222',
          name: `${options.service}-events`,
          maxReconnectAttempts: -1,
          reconnectTimeWait: 500,
          waitOnFirstConnect: true,
        }),
    },
    {
      provide: EventRecorder,
      inject: [EVENTS_OPTIONS],
      useFactory: (options: EventsModuleOptions) => new EventRecorder({ produces: options.produces ?? [] }),
    },
    {
      provide: OutboxRelay,
      inject: [DataSource, EVENTS_NATS, EVENTS_OPTIONS],
      useFactory: (dataSource: DataSource, nats: NatsConnection, options: EventsModuleOptions) =>
        new OutboxRelay(dataSource, nats, { ...(options.relay || {}), service: options.service }),
    },
    {
      provide: EventConsumers,
      inject: [DataSource, EVENTS_NATS, EVENTS_OPTIONS],
      useFactory: (dataSource: DataSource, nats: NatsConnection, options: EventsModuleOptions) =>
        new EventConsumers(dataSource, nats, {
          service: options.service,
          durablePrefix: options.durablePrefix,
          defaults: options.consumers,
        }),
    },
    EventsLifecycle,
  ];
}

/**
 * Wires the outbox recorder, the relay and the consumers of one service process. Global:
 * any module can inject EventRecorder (and EventConsumers for explicit registration).
 * Needs TypeORM's DataSource (TypeOrmModule / DatabaseModule) with messagingMigrations run.
 */
@Module({})
export class EventsModule {
  static forRoot(options: EventsModuleOptions): DynamicModule {
    return EventsModule.build([{ provide: EVENTS_OPTIONS, useValue: options }], []);
  }

  static forRootAsync(options: {
    imports?: DynamicModule['imports'];
    inject?: never[] | unknown[];
    useFactory: (...args: never[]) => EventsModuleOptions | Promise<EventsModuleOptions>;
  }): DynamicModule {
    return EventsModule.build(
      [
        {
          provide: EVENTS_OPTIONS,
          inject: options.inject as never[],
          useFactory: options.useFactory,
        },
      ],
      options.imports ?? [],
    );
  }

  private static build(optionsProviders: Provider[], imports: NonNullable<DynamicModule['imports']>): DynamicModule {
    return {
      module: EventsModule,
      global: true,
      imports: [DiscoveryModule, ...imports],
      providers: [...optionsProviders, ...providers()],
      exports: [EventRecorder, EventConsumers, OutboxRelay, EVENTS_NATS],
    };
  }
}
