import {
  householdMemberRemoved,
  type HouseholdView,
  householdUpdated,
  housingApi,
  housingRpc,
  personUpdated,
  type PersonView,
} from '@ankomst/contracts/housing';
import { dNumber, type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const introAdvisor = { userId: 'advisor-1', role: 'intro-advisor', municipality: '1103' } as const;

const newborn = { givenName: 'Lina', familyName: 'Ahmadi', birthDate: '2025-03-10', relationship: 'child' };

describe('editing a registered household through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let household: HouseholdView;

  beforeAll(async () => {
    app = await startHousingTestApp();
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'reception-centre',
      countryOfOrigin: 'AF',
      languages: ['prs'],
      requestedOn: '2025-01-15',
      members: [{ givenName: 'Farid', familyName: 'Ahmadi', birthDate: '1988-11-02', relationship: 'head' }],
    });
  });
  afterAll(() => app?.close());

  const personCount = async () =>
    (await app.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM person WHERE household_id = $1', [household.id])).rows[0].n;

  it("corrects the household's facts, emits household-updated, and person-updated per member for a new country", async () => {
    const sut = await app.call<HouseholdView>(housingApi.updateHousehold.subject, {
      id: household.id,
      countryOfOrigin: 'IR',
      languages: ['prs', 'fa'],
    });
    expect(sut).toMatchObject({ countryOfOrigin: 'IR', languages: ['prs', 'fa'], requestedOn: '2025-01-15' });
    expect((await app.outbox(householdUpdated.subject)).map((e) => e.envelope.payload)).toEqual([
      expect.objectContaining({ householdId: household.id, countryOfOrigin: 'IR', languages: ['prs', 'fa'] }),
    ]);
    expect((await app.outbox(personUpdated.subject)).map((e) => e.envelope.payload)).toEqual([
      expect.objectContaining({ personId: household.members[0].id, countryOfOrigin: 'IR' }),
    ]);
  });

  it('refuses a request date after the first tenancy, and an empty change, writing nothing', async () => {
    const dwelling = await app.call<{ id: string }>(housingRpc.registerDwelling, {
      ownership: 'municipal',
      address: 'Nygata 9',
      postalCode: '4014',
      sizeSquareMetres: 40,
      rooms: 2,
      monthlyRentNok: 8000,
      availableFrom: '2024-01-01',
    });
    await app.call(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: household.id, startDate: '2025-02-01' });
    await expect(app.call(housingApi.updateHousehold.subject, { id: household.id, requestedOn: '2025-03-01' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'requestedOn', code: 'date_after' }],
    });
    await expect(app.call(housingApi.updateHousehold.subject, { id: household.id, countryOfOrigin: 'Iran' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'countryOfOrigin' }],
    });
    await expect(app.call(housingApi.updateHousehold.subject, { id: household.id })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: '(body)', code: 'no_change' }],
    });
    const { rows } = await app.sql.query('SELECT requested_on::text AS r, country_of_origin AS c FROM household WHERE id = $1', [
      household.id,
    ]);
    expect(rows[0]).toEqual({ r: '2025-01-15', c: 'IR' });
    expect(await app.outbox(householdUpdated.subject)).toHaveLength(1);
  });

  it('adds a member with the household languages and emits person-updated for the new id', async () => {
    const sut = await app.call<HouseholdView>(housingApi.addHouseholdMember.subject, { householdId: household.id, ...newborn });
    const added = sut.members.find((m) => m.givenName === 'Lina') as PersonView;
    expect(added).toMatchObject({ relationship: 'child', languages: ['prs', 'fa'], hasNationalId: false, unaccompaniedMinor: false });
    expect(sut.members).toHaveLength(2);
    const events = await app.outbox(personUpdated.subject);
    expect(events.at(-1)?.envelope.payload).toMatchObject({ personId: added.id, householdId: household.id, countryOfOrigin: 'IR' });
  });

  it('refuses a national id already registered and one that disagrees with the birth date, writing no person', async () => {
    const taken = dNumber(1990, 1, 1);
    await app.call(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'SY',
      members: [{ givenName: 'Omar', familyName: 'Khalil', birthDate: '1990-01-01', relationship: 'head', nationalId: taken }],
    });
    const before = await personCount();
    await expect(
      app.call(housingApi.addHouseholdMember.subject, {
        householdId: household.id,
        givenName: 'Omar',
        familyName: 'Ahmadi',
        birthDate: '1990-01-01',
        relationship: 'sibling',
        nationalId: taken,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      app.call(housingApi.addHouseholdMember.subject, { householdId: household.id, ...newborn, nationalId: dNumber(1990, 1, 1, 300) }),
    ).rejects.toMatchObject({ code: 'validation_failed', issues: [{ field: 'nationalId' }] });
    await expect(
      app.call(housingApi.addHouseholdMember.subject, { householdId: household.id, ...newborn, givenName: '' }),
    ).rejects.toMatchObject({ code: 'validation_failed', issues: [{ field: 'givenName' }] });
    expect(await personCount()).toBe(before);
  });

  it('lets housing officers of the municipality edit, and neither an intro advisor nor another municipality', async () => {
    const before = await personCount();
    await expect(
      app.call(housingApi.addHouseholdMember.subject, { householdId: household.id, ...newborn }, introAdvisor),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      app.call(housingApi.addHouseholdMember.subject, { householdId: household.id, ...newborn }, officer('3201')),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(app.call(housingApi.updateHousehold.subject, { id: household.id, languages: ['fa'] }, introAdvisor)).rejects.toMatchObject(
      {
        code: 'forbidden',
      },
    );
    await expect(
      app.call(housingApi.updateHousehold.subject, { id: household.id, languages: ['fa'] }, officer('3201')),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await personCount()).toBe(before);
    expect(await app.outbox(householdUpdated.subject)).toHaveLength(1);
  });

  it('finds a person by national id in the body for readers of the municipality only', async () => {
    const number = dNumber(2025, 3, 10);
    const sut = await app.call<HouseholdView>(housingApi.addHouseholdMember.subject, {
      householdId: household.id,
      ...newborn,
      givenName: 'Sara',
      nationalId: number,
    });
    const sara = sut.members.find((m) => m.givenName === 'Sara') as PersonView;
    expect(await app.call<PersonView>(housingRpc.findPersonByNationalId, { nationalId: number }, introAdvisor)).toMatchObject({
      id: sara.id,
    });
    await expect(app.call(housingRpc.findPersonByNationalId, { nationalId: number }, officer('3201'))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      app.call(housingRpc.findPersonByNationalId, { nationalId: number }, { userId: 'v-1', role: 'volunteer', municipality: '1103' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(housingRpc.findPersonByNationalId, { nationalId: '12345678901' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'nationalId' }],
    });
  });

  it('removes a member from the current members, keeping the record and emitting household-member-removed', async () => {
    const before = await app.call<HouseholdView>(housingRpc.getHousehold, { id: household.id });
    const lina = before.members.find((m) => m.givenName === 'Lina') as PersonView;
    const sut = await app.call<HouseholdView>(housingApi.removeHouseholdMember.subject, {
      householdId: household.id,
      personId: lina.id,
      leftOn: '2025-06-01',
      reason: 'moved-out',
    });
    expect(sut.members.map((m) => m.id)).not.toContain(lina.id);
    expect(sut.members).toHaveLength(before.members.length - 1);
    const { rows } = await app.sql.query('SELECT left_on::text AS "leftOn", left_reason AS reason FROM person WHERE id = $1', [lina.id]);
    expect(rows[0]).toEqual({ leftOn: '2025-06-01', reason: 'moved-out' });
    expect((await app.outbox(householdMemberRemoved.subject)).map((e) => e.envelope.payload)).toEqual([
      { householdId: household.id, personId: lina.id, municipality: '1103', leftOn: '2025-06-01', reason: 'moved-out' },
    ]);
    // The record stays readable, and read-only.
    expect(await app.call<PersonView>(housingRpc.getPerson, { personId: lina.id })).toMatchObject({ id: lina.id });
    await expect(app.call(housingRpc.updatePerson, { personId: lina.id, givenName: 'Line' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      app.call(housingApi.removeHouseholdMember.subject, {
        householdId: household.id,
        personId: lina.id,
        leftOn: '2025-06-01',
        reason: 'other',
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses removing the last member, a future date, another household’s person and other roles, writing nothing', async () => {
    const single = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'ER',
      members: [{ givenName: 'Kidane', familyName: 'Haile', birthDate: '1970-03-03', relationship: 'head' }],
    });
    const only = single.members[0];
    const remove = (body: Record<string, unknown>, actor?: Parameters<HousingTestApp['call']>[2]) =>
      app.call(housingApi.removeHouseholdMember.subject, { leftOn: '2025-06-01', reason: 'moved-out', ...body }, actor);
    await expect(remove({ householdId: single.id, personId: only.id })).rejects.toMatchObject({
      code: 'conflict',
      reason: expect.objectContaining({ code: 'last_member' }),
    });
    const farid = household.members[0];
    await expect(remove({ householdId: household.id, personId: farid.id, leftOn: '2999-01-01' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'leftOn' }],
    });
    await expect(remove({ householdId: household.id, personId: farid.id, reason: 'vanished' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'reason' }],
    });
    await expect(remove({ householdId: single.id, personId: farid.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(remove({ householdId: household.id, personId: farid.id }, introAdvisor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(remove({ householdId: household.id, personId: farid.id }, officer('3201'))).rejects.toMatchObject({ code: 'not_found' });
    const { rows } = await app.sql.query('SELECT count(*)::int AS n FROM person WHERE left_on IS NOT NULL');
    expect(rows[0].n).toBe(1);
    expect(await app.outbox(householdMemberRemoved.subject)).toHaveLength(1);
  });
});
