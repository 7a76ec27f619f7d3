import { parseInput } from '@ankomst/platform-messaging';
import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** `@Body(new ZodPipe(schema))`: a 400 naming each field and rule, before any service is asked. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return parseInput(this.schema, value);
  }
}
