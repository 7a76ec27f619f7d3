import { z } from 'zod';
import { eventEnvelope } from '../events/envelope';
import { housingEvents } from './events';

/** Every property name anywhere in a JSON schema. */
function propertyNames(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const own = Object.keys((schema as { properties?: object }).properties ?? {});
  return [...own, ...Object.values(schema).flatMap(propertyNames)];
}

describe('housing events', () => {
  it.each(housingEvents.map((c) => [c.subject, c]))('%s carries no national id field', (_subject, contract) => {
    // `hasNationalId` (a boolean: whether a number is on file) is the only mention allowed.
    const names = propertyNames(z.toJSONSchema(contract.payload)).map((n) => n.toLowerCase());
    const suspicious = names.filter((n) => /nationalid|fodselsnummer|dnummer|ssn/.test(n) && n !== 'hasnationalid');
    expect(suspicious).toEqual([]);
  });

  it('names every subject ankomst.housing.<event>.v<n>, once, outside the rpc namespace', () => {
    const subjects = housingEvents.map((c) => c.subject);
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const subject of subjects) {
      expect(eventEnvelope.shape.subject.safeParse(subject).success).toBe(true);
      expect(subject).toMatch(/^ankomst\.housing\.[a-z-]+\.v\d+$/);
      expect(subject).not.toContain('.rpc.');
    }
  });
});
