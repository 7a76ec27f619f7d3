import { EventConsumers } from '@ankomst/platform-messaging';
import { type DynamicModule, Global, Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { projectors as departmentProjectors } from '../projectors';
import { applyInSchema, handlersBySubject, PROJECTORS } from './projection-runner';
import type { Projector } from './projector';
import { LIVE_SCHEMA } from './read-model.schema';

/**
 * Gives every projection a durable consumer (EventsModule): each delivery runs in the
 * consumer's transaction with inbox dedupe, against the live read model.
 */
@Injectable()
export class LiveProjections implements OnModuleInit {
  constructor(
    private readonly consumers: EventConsumers,
    @Inject(PROJECTORS) private readonly projectors: readonly Projector[],
  ) {}

  onModuleInit(): void {
    for (const handler of handlersBySubject(this.projectors).values()) {
      this.consumers.register(handler.contract, async (event, { manager }) => {
        await applyInSchema(manager, LIVE_SCHEMA, handler, event, { readModelLockShared: true });
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
