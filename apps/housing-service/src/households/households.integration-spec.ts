import {
  dwellingAllocated,
  dwellingRegistered,
  householdRegistered,
  type HouseholdView,
  housingRpc,
  type ImportHouseholdsResult,
  personSettled,
  personUpdated,
  type PersonView,
} from '@ankomst/contracts/housing';
import { dNumber, type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const family = (nationalId: string | null) => ({
  origin: 'reception-centre',
  countryOfOrigin: 'SY',
  languages: ['ar'],
  requestedOn: '2025-02-01',
  members: [
    {
      givenName: 'Rami',
      familyName: 'Haddad',
      birthDate: '1988-04-12',
      sex: 'male',
      relationship: 'head',
      nationalId,
      residencePermitDate: '2025-01-10',
    },
    {
      givenName: 'Lina',
      familyName: 'Haddad',
      birthDate: '2014-09-03',
      sex: 'female',
      relationship: 'child',
      residencePermitDate: '2025-01-10',
    },
  ],
});

describe('households through NATS on real Postgres', () => {
  let app: HousingTestApp;
  const nationalId = dNumber(1988, 4, 12);

  beforeAll(async () => {
    app = await startHousingTestApp();
  });
  afterAll(() => app?.close());

  let registered: HouseholdView;

  it('registers a household with a stable uuid per person and emits household-registered once', async () => {
    registered = await app.call<HouseholdView>(housingRpc.registerHousehold, family(nationalId));
    expect(registered.municipality).toBe('1103');
    expect(registered.members.map((m) => [m.givenName, m.hasNationalId])).toEqual([
      ['Rami', true],
      ['Lina', false],
    ]);
    expect(registered.members.every((m) => /^[0-9a-f-]{36}$/.test(m.id))).toBe(true);
    const events = await app.outbox(householdRegistered.subject);
    expect(events).toHaveLength(1);
    expect(events[0].aggregateId).toBe(registered.id);
    expect(events[0].envelope.payload).toMatchObject({ householdId: registered.id, origin: 'reception-centre', languages: ['ar'] });
  });

  it('stores the national id only encrypted and never puts it in an event', async () => {
    const { rows } = await app.sql.query('SELECT national_id_cipher, national_id_hash FROM person WHERE national_id_cipher IS NOT NULL');
    expect(rows).toHaveLength(1);
    expect((rows[0].national_id_cipher as Buffer).toString('latin1')).not.toContain(nationalId);
    const { rows: dump } = await app.sql.query(`SELECT string_agg(envelope::text, '') AS all FROM outbox`);
    expect(dump[0].all).not.toContain(nationalId);
  });

  it('finds the person by national id through the keyed hash', async () => {
    const found = await app.call<PersonView>(housingRpc.findPersonByNationalId, { nationalId });
    expect(found.id).toBe(registered.members[0].id);
  });

  it('refuses a bad national id naming the field and the rule, and writes nothing', async () => {
    const before = await app.sql.query('SELECT (SELECT count(*) FROM household) AS h, (SELECT count(*) FROM outbox) AS o');
    const bad = `${nationalId.slice(0, 10)}${(Number(nationalId[10]) + 1) % 10}`;
    await expect(app.call(housingRpc.registerHousehold, family(bad))).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'members.0.nationalId', rule: 'national id second check digit is wrong' }],
    });
    const after = await app.sql.query('SELECT (SELECT count(*) FROM household) AS h, (SELECT count(*) FROM outbox) AS o');
    expect(after.rows).toEqual(before.rows);
  });

  it('answers 409 when the same national id is registered again, writing nothing', async () => {
    await expect(app.call(housingRpc.registerHousehold, family(nationalId))).rejects.toMatchObject({
      code: 'conflict',
      message: 'A person with this national id is already registered',
    });
    expect(await app.outbox(householdRegistered.subject)).toHaveLength(1);
  });

  it("keeps municipalities apart: staff of 3201 do not see 1103's household", async () => {
    await expect(app.call(housingRpc.getHousehold, { id: registered.id }, officer('3201'))).rejects.toMatchObject({ code: 'not_found' });
    const page = await app.call<{ total: number }>(housingRpc.listHouseholds, {}, officer('3201'));
    expect(page.total).toBe(0);
    expect((await app.call<HouseholdView>(housingRpc.getHousehold, { id: registered.id })).id).toBe(registered.id);
  });

  it('refuses a role without housing permissions, and a message without an actor', async () => {
    await expect(app.call(housingRpc.listHouseholds, {}, { userId: 'v-1', role: 'volunteer', municipality: '1103' })).rejects.toMatchObject(
      { code: 'forbidden' },
    );
    await expect(app.service.client.request(housingRpc.listHouseholds, {}, { correlationId: 'no-actor-1' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('updates a person (adding a national id later) and emits person-updated once, without the number', async () => {
    const child = registered.members[1];
    const childId = dNumber(2014, 9, 3);
    const updated = await app.call<PersonView>(housingRpc.updatePerson, {
      personId: child.id,
      nationalId: childId,
      languages: ['ar', 'nb'],
    });
    expect(updated).toMatchObject({ hasNationalId: true, languages: ['ar', 'nb'] });
    const events = await app.outbox(personUpdated.subject);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({ personId: child.id, hasNationalId: true, countryOfOrigin: 'SY' });
    expect(JSON.stringify(events[0].envelope)).not.toContain(childId);
    // The same number again is no conflict with oneself; another person's number is (a twin's
    // number: the number must also agree with the child's birth date).
    await app.call(housingRpc.updatePerson, { personId: child.id, nationalId: childId });
    const twinId = dNumber(2014, 9, 3, 700);
    await app.call(housingRpc.registerHousehold, {
      ...family(null),
      members: [{ ...family(null).members[1], givenName: 'Nour', nationalId: twinId }],
    });
    await expect(app.call(housingRpc.updatePerson, { personId: child.id, nationalId: twinId })).rejects.toMatchObject({ code: 'conflict' });
    expect(await app.outbox(personUpdated.subject)).toHaveLength(2);
  });

  it('settles a person once, with the time from residence permit against the target', async () => {
    const head = registered.members[0];
    const settled = await app.call<PersonView>(housingRpc.settlePerson, { personId: head.id, settledOn: '2025-03-01' });
    expect(settled.settledOn).toBe('2025-03-01');
    await expect(app.call(housingRpc.settlePerson, { personId: head.id, settledOn: '2025-03-02' })).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'already_settled', params: { date: '2025-03-01' } },
    });
    await expect(app.call(housingRpc.settlePerson, { personId: registered.members[1].id, settledOn: '2999-01-01' })).rejects.toMatchObject({
      issues: [{ field: 'settledOn', rule: 'must not be in the future' }],
    });
    const events = await app.outbox(personSettled.subject);
    expect(events).toHaveLength(1);
    expect(events[0].envelope.payload).toMatchObject({ personId: head.id, daysFromResidencePermit: 50, withinTarget: true });
  });

  it('imports households in bulk, with their homes, with the same rules and events', async () => {
    const home = {
      ownership: 'municipal',
      address: 'Lagårdsveien 7',
      postalCode: '4010',
      sizeSquareMetres: 64,
      rooms: 3,
      monthlyRentNok: 10500,
      availableFrom: '2020-01-01',
      startDate: '2025-04-01',
    };
    const result = await app.call<ImportHouseholdsResult>(housingRpc.importHouseholds, {
      households: [
        { ...family(null), settledOn: '2025-04-01', home },
        { ...family(dNumber(1988, 4, 12, 300)), origin: 'quota-refugee' },
      ],
    });
    expect(result).toEqual({ households: 2, persons: 4 });
    expect(await app.outbox(householdRegistered.subject)).toHaveLength(4);
    expect(await app.outbox(personSettled.subject)).toHaveLength(3);
    expect(await app.outbox(dwellingRegistered.subject)).toHaveLength(1);
    const [allocated] = await app.outbox(dwellingAllocated.subject);
    expect(allocated.envelope.payload).toMatchObject({ ownership: 'municipal', startDate: '2025-04-01' });
    const { rows } = await app.sql.query('SELECT count(*)::int AS n FROM tenancy WHERE end_date IS NULL');
    expect(rows[0].n).toBe(1);
  });

  it('imports nothing when one national id in the batch is already registered', async () => {
    const before = await app.outbox();
    await expect(app.call(housingRpc.importHouseholds, { households: [family(null), family(nationalId)] })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await app.outbox()).toHaveLength(before.length);
  });

  it('says in the answer and the event whether a number is on record when only the name changes', async () => {
    const head = registered.members[0];
    const withoutNumbers = family(nationalId);
    const unidentified = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      ...withoutNumbers,
      members: withoutNumbers.members.map(({ nationalId: _number, ...member }) => member),
    });
    const renamed = await app.call<PersonView>(housingRpc.updatePerson, { personId: head.id, givenName: 'Ramy' });
    const renamedWithout = await app.call<PersonView>(housingRpc.updatePerson, {
      personId: unidentified.members[0].id,
      givenName: 'Ramy',
    });
    expect([renamed.hasNationalId, renamedWithout.hasNationalId]).toEqual([true, false]);
    const events = await app.outbox(personUpdated.subject);
    const payloadOf = (personId: string) => events.filter((e) => e.aggregateId === personId).at(-1)?.envelope.payload;
    expect([payloadOf(head.id), payloadOf(unidentified.members[0].id)]).toEqual([
      expect.objectContaining({ givenName: 'Ramy', hasNationalId: true }),
      expect.objectContaining({ givenName: 'Ramy', hasNationalId: false }),
    ]);
  });
});
