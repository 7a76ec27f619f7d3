/** What the privacy officer typed into the access report's search: a person id, or a national id (looked up through housing). */
export type PersonQuery =
  { kind: 'personId'; personId: string } | { kind: 'nationalId'; nationalId: string } | { kind: 'name' } | { kind: 'empty' };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit log records person ids, never names or national ids: a name must not be sent as
 * if it were an id (it would find nothing and look like "nobody has seen this person"), and a
 * national id goes to its own lookup in a request body, never into a URL.
 */
export function classifyPersonQuery(text: string): PersonQuery {
  const value = text.trim();
  if (!value) return { kind: 'empty' };
  if (uuid.test(value)) return { kind: 'personId', personId: value.toLowerCase() };
  const digits = value.replace(/[\s.-]/g, '');
  if (/^\d{6,11}$/.test(digits)) return { kind: 'nationalId', nationalId: digits };
  return { kind: 'name' };
}
