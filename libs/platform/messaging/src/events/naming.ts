/**
 * Subject and name scheme (see docs/messaging.md):
 * - events:      ankomst.<service>.<event-name>.v<n>   (the contract's subject, stored in JetStream)
 * - dead letters: ankomst.<service>.dead-letter.v1     (in the consuming service's stream)
 * - request/reply (ping, RPC) share the shape but are never listed in a stream, because
 *   each stream lists its event subjects explicitly instead of using `ankomst.<service>.>`.
 */

/** Default JetStream stream of a producing service, e.g. housing → ANKOMST_HOUSING. */
export function defaultStreamName(service: string): string {
  return `ANKOMST_${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

export function deadLetterSubject(service: string): string {
  return `ankomst.${service}.dead-letter.v1`;
}

/** The service key an event subject belongs to: ankomst.<service>.<event>.v<n>. */
export function serviceOfSubject(subject: string): string {
  return subject.split('.')[1] ?? '';
}

/**
 * Durable consumer name for one (consuming service, subject). JetStream forbids `.`, `*`,
 * `>` and whitespace in names, so the subject's dots become underscores.
 */
export function durableName(prefix: string, subject: string): string {
  return `${prefix}__${subject}`.replace(/[.*>\s]/g, '_');
}
