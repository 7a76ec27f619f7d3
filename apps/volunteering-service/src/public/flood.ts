import { type DynamicModule, Global, Module } from '@nestjs/common';

/**
 * Flood checks of the public forms that need no third party: a honeypot field a person never
 * sees (a bot fills it) and a minimum time the form was open (a bot sends at once). The
 * gateway adds the per-IP rate limit in front. A caught bot is answered like a person.
 */
export interface FloodCheckOptions {
  minFillSeconds: number;
}

export const FLOOD_OPTIONS = Symbol('volunteering:flood-options');

export function isBot(input: { website: string; fillSeconds: number }, options: FloodCheckOptions): boolean {
  return input.website.trim() !== '' || input.fillSeconds < options.minFillSeconds;
}

/** When a wait is long: after this many weeks on the list (configured per deployment). */
export interface AttentionOptions {
  waitAttentionWeeks: number;
}
export const ATTENTION_OPTIONS = Symbol('volunteering:attention-options');

/** The service's configured rules, available to every feature module. */
@Global()
@Module({})
export class VolunteeringOptionsModule {
  static forRoot(options: FloodCheckOptions & AttentionOptions): DynamicModule {
    return {
      module: VolunteeringOptionsModule,
      providers: [
        { provide: FLOOD_OPTIONS, useValue: { minFillSeconds: options.minFillSeconds } },
        { provide: ATTENTION_OPTIONS, useValue: { waitAttentionWeeks: options.waitAttentionWeeks } },
      ],
      exports: [FLOOD_OPTIONS, ATTENTION_OPTIONS],
    };
  }
}
