import { z } from 'zod';
import { kommunenummer } from '../common/municipality';

/**
 * Every domain event travels in this envelope. Subjects are versioned
 * (`ankomst.<service>.<event>.v<n>`); a breaking payload change is a new subject.
 */
export const eventEnvelope = z.object({
  id: z.uuid(),
  subject: z.string().regex(/^ankomst\.[a-z-]+\.[a-z-]+\.v\d+$/, {
    message: 'must look like ankomst.<service>.<event>.v<n>',
  }),
  aggregateId: z.string().min(1),
  municipality: kommunenummer,
  occurredAt: z.iso.datetime({ offset: true }),
  actor: z.string().min(1),
  correlationId: z.string().min(1),
  payload: z.unknown(),
});
export type EventEnvelope<P = unknown> = Omit<z.infer<typeof eventEnvelope>, 'payload'> & { payload: P };

/** A named event: its subject and the schema its payload must satisfy. */
export interface EventContract<S extends z.ZodType = z.ZodType> {
  subject: string;
  payload: S;
}

export function defineEvent<S extends z.ZodType>(subject: string, payload: S): EventContract<S> {
  eventEnvelope.shape.subject.parse(subject);
  return { subject, payload };
}

export type EventPayload<C extends EventContract> = z.infer<C['payload']>;
