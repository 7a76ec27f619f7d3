import { EventConsumers } from '@ankomst/platform-messaging';
import { type DynamicModule, Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { projectors as departmentProjectors } from '../projectors';
import { enterLiveReadModel, handlersBySubject, PROJECTORS } from './projection-runner';
import type { Projector } from './projector';

/**
 * Gives every projection a durable consumer (EventsModule): deliveries run in the consumer's
 * transaction with inbox dedupe, against the live read model (enterLiveReadModel first).
 */
@Injectable()
export class LiveProjections implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    @Inject(PROJECTORS) private readonly projectors: readonly Projector[],
  ) {}

  onModuleInit(): void {
    for (const handler of handlersBySubject(this.projectors).values()) {
      this.consumers.register(handler.contract, (event, { manager }) => handler.apply(event, manager), {
        beforeApply: (events, manager) => enterLiveReadModel(manager, events),
      });
    }
  }
}

/** The departments' projectors (PROJECTORS, global): the case view, attention list and rebuild read them. */
@Global()
@Module({})
export class ReadModelModule {
  static forRoot(projectors: readonly Projector[] = departmentProjectors): DynamicModule {
    return {
      module: ReadModelModule,
      providers: [{ provide: PROJECTORS, useValue: projectors }, LiveProjections],
      exports: [PROJECTORS],
    };
  }
}
