import 'reflect-metadata';
import type { EventContract } from '@ankomst/contracts';
import type { RegisterOptions } from './event-consumers';

export const ON_EVENT_METADATA = 'ankomst:on-event';

export interface OnEventMetadata {
  contract: EventContract;
  options?: RegisterOptions;
}

/**
 * Marks a provider method as the handler of an event:
 * `@OnEvent(householdRegistered) async onRegistered(event, { manager }) { ... }`.
 * EventsModule finds it at bootstrap and gives it a durable consumer.
 */
export function OnEvent(contract: EventContract, options?: RegisterOptions): MethodDecorator {
  return (_target, _key, descriptor) => {
    Reflect.defineMetadata(ON_EVENT_METADATA, { contract, options } satisfies OnEventMetadata, descriptor.value as object);
    return descriptor;
  };
}
