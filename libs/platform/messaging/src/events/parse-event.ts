import { eventEnvelope, type EventContract, type EventEnvelope, type EventPayload } from '@ankomst/contracts';

export type ParsedEvent<C extends EventContract> =
  { ok: true; event: EventEnvelope<EventPayload<C>> } | { ok: false; reason: string; eventId?: string; correlationId?: string };

function describe(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Envelope + payload validation of a received message; a failure is final (dead letter). */
export function parseEvent<C extends EventContract>(contract: C, subject: string, data: Uint8Array): ParsedEvent<C> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(data));
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  const envelope = eventEnvelope.safeParse(json);
  if (!envelope.success) {
    const id = (json as { id?: unknown } | null)?.id;
    return {
      ok: false,
      reason: `invalid envelope: ${describe(envelope.error.issues)}`,
      eventId: typeof id === 'string' ? id : undefined,
    };
  }
  const known = { eventId: envelope.data.id, correlationId: envelope.data.correlationId };
  if (envelope.data.subject !== subject || subject !== contract.subject) {
    return {
      ok: false,
      reason: `envelope subject ${envelope.data.subject} on ${subject}`,
      ...known,
    };
  }
  const payload = contract.payload.safeParse(envelope.data.payload);
  if (!payload.success) {
    return { ok: false, reason: `invalid payload: ${describe(payload.error.issues)}`, ...known };
  }
  return { ok: true, event: { ...envelope.data, payload: payload.data as EventPayload<C> } };
}
