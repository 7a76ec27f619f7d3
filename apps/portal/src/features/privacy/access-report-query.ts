/** What the privacy officer typed into the access report's search: only a person id can be looked up in the log. */
export type PersonQuery = { kind: 'personId'; personId: string } | { kind: 'nationalId' } | { kind: 'name' } | { kind: 'empty' };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit log records person ids, never names or national ids: a name or a national id
 * must not be sent as if it were an id (it would find nothing and look like "nobody has seen
 * this person"), and a national id never goes into a URL.
 */
export function classifyPersonQuery(text: string): PersonQuery {
  const value = text.trim();
  if (!value) return { kind: 'empty' };
  if (uuid.test(value)) return { kind: 'personId', personId: value.toLowerCase() };
  const digits = value.replace(/[\s.-]/g, '');
  if (/^\d{6,11}$/.test(digits)) return { kind: 'nationalId' };
  return { kind: 'name' };
}
