import { toFieldIssues } from '@ankomst/contracts';
import type { z } from 'zod';
import { ServiceException } from './service-exception';

/** Validates input against a contract; a failure is a 400 naming each field and rule. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ServiceException.validation(toFieldIssues(result.error, input));
  return result.data;
}
