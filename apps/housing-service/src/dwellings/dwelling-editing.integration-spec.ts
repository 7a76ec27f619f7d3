import {
  dwellingUpdated,
  type DwellingView,
  type HouseholdHome,
  type HouseholdView,
  housingApi,
  housingRpc,
} from '@ankomst/contracts/housing';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const flat = {
  ownership: 'municipal',
  address: 'Kirkegata 4',
  postalCode: '4006',
  sizeSquareMetres: 61,
  rooms: 3,
  monthlyRentNok: 9800,
  availableFrom: '2024-03-01',
};

const introAdvisor = { userId: 'advisor-1', role: 'intro-advisor', municipality: '1103' } as const;

describe('changing a dwelling and reading where a household lives, through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let dwelling: DwellingView;
  let household: HouseholdView;

  beforeAll(async () => {
    app = await startHousingTestApp();
    dwelling = await app.call<DwellingView>(housingRpc.registerDwelling, flat);
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'SY',
      members: [{ givenName: 'Rasha', familyName: 'Haddad', birthDate: '1990-05-05', relationship: 'head' }],
    });
  });
  afterAll(() => app?.close());

  it('changes only the fields sent and emits dwelling-updated without the address', async () => {
    const sut = await app.call<DwellingView>(housingApi.updateDwelling.subject, {
      dwellingId: dwelling.id,
      address: 'Kirkegata 4 A',
      monthlyRentNok: 10200,
    });
    expect(sut).toMatchObject({ address: 'Kirkegata 4 A', monthlyRentNok: 10200, rooms: 3, postalCode: '4006', status: 'available' });
    expect(await app.call<DwellingView>(housingApi.getDwelling.subject, { id: dwelling.id })).toEqual(sut);
    const events = await app.outbox(dwellingUpdated.subject);
    expect(events.map((e) => e.envelope.payload)).toEqual([expect.objectContaining({ dwellingId: dwelling.id, monthlyRentNok: 10200 })]);
    expect(JSON.stringify(events[0].envelope)).not.toContain('Kirkegata');
  });

  it('refuses bad input by field and rule, and an empty change, writing nothing', async () => {
    await expect(
      app.call(housingApi.updateDwelling.subject, { dwellingId: dwelling.id, rooms: 0, postalCode: '40' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: expect.arrayContaining([expect.objectContaining({ field: 'rooms' }), expect.objectContaining({ field: 'postalCode' })]),
    });
    await expect(app.call(housingApi.updateDwelling.subject, { dwellingId: dwelling.id })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: '(body)', code: 'no_change' }],
    });
    expect(await app.outbox(dwellingUpdated.subject)).toHaveLength(1);
    const { rows } = await app.sql.query('SELECT rooms, postal_code FROM dwelling WHERE id = $1', [dwelling.id]);
    expect(rows[0]).toEqual({ rooms: 3, postal_code: '4006' });
  });

  it('lets the housing officer of the municipality change it, and nobody else', async () => {
    await expect(app.call(housingApi.updateDwelling.subject, { dwellingId: dwelling.id, rooms: 4 }, introAdvisor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(app.call(housingApi.updateDwelling.subject, { dwellingId: dwelling.id, rooms: 4 }, officer('3201'))).rejects.toMatchObject(
      {
        code: 'not_found',
      },
    );
    await expect(app.call(housingApi.getDwelling.subject, { id: dwelling.id }, officer('3201'))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(app.call(housingApi.getDwelling.subject, { id: dwelling.id }, introAdvisor)).rejects.toMatchObject({ code: 'forbidden' });
    expect((await app.call<DwellingView>(housingApi.getDwelling.subject, { id: dwelling.id })).rooms).toBe(3);
  });

  it("shows no home before the allocation and the dwelling's address after it, naming the members", async () => {
    const before = await app.call<HouseholdHome>(housingApi.getHouseholdHome.subject, { id: household.id });
    expect(before).toEqual({ householdId: household.id, memberIds: [household.members[0].id], home: null });
    await app.call(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: household.id, startDate: '2025-02-01' });
    const sut = await app.call<HouseholdHome>(housingApi.getHouseholdHome.subject, { id: household.id });
    expect(sut.home).toMatchObject({
      dwellingId: dwelling.id,
      address: 'Kirkegata 4 A',
      postalCode: '4006',
      startDate: '2025-02-01',
      endDate: null,
    });
    await expect(app.call(housingApi.getHouseholdHome.subject, { id: household.id }, officer('3201'))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(app.call(housingApi.getHouseholdHome.subject, { id: household.id }, introAdvisor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('keeps a let dwelling available: retiring it needs the tenancy ended first', async () => {
    await expect(app.call(housingApi.updateDwelling.subject, { dwellingId: dwelling.id, status: 'retired' })).rejects.toMatchObject({
      code: 'conflict',
      reason: expect.objectContaining({ code: 'dwelling_occupied' }),
    });
    const { rows } = await app.sql.query('SELECT status, retired_on FROM dwelling WHERE id = $1', [dwelling.id]);
    expect(rows[0]).toEqual({ status: 'available', retired_on: null });
  });

  it('records the day a vacant dwelling is retired (vacancy stops counting it)', async () => {
    const other = await app.call<DwellingView>(housingRpc.registerDwelling, { ...flat, address: 'Kirkegata 6' });
    const sut = await app.call<DwellingView>(housingApi.updateDwelling.subject, { dwellingId: other.id, status: 'retired' });
    expect(sut.status).toBe('retired');
    const { rows } = await app.sql.query('SELECT retired_on IS NOT NULL AS retired FROM dwelling WHERE id = $1', [other.id]);
    expect(rows[0].retired).toBe(true);
  });
});
