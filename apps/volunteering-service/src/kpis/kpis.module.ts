import { type DynamicModule, Module } from '@nestjs/common';
import { KpisController } from './kpis.controller';
import { ATTENTION_OPTIONS, type AttentionOptions, KpisService } from './kpis.service';

@Module({})
export class KpisModule {
  static register(options: AttentionOptions): DynamicModule {
    return {
      module: KpisModule,
      controllers: [KpisController],
      providers: [KpisService, { provide: ATTENTION_OPTIONS, useValue: options }],
    };
  }
}
