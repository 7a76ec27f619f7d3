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

@Global()
@Module({})
export class FloodModule {
  static forRoot(options: FloodCheckOptions): DynamicModule {
    return { module: FloodModule, providers: [{ provide: FLOOD_OPTIONS, useValue: options }], exports: [FLOOD_OPTIONS] };
  }
}
