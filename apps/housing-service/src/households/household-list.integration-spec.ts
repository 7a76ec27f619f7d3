import { type HouseholdPage, housingRpc, type HouseholdView } from '@ankomst/contracts/housing';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

// More households than the largest page (200), so a filter that only looked at one page
// would miss the household registered first: newest first puts it last.
const fillerCount = 205;
const tesfayCount = Math.ceil(fillerCount / 5);

const household = (givenName: string, familyName: string, extra: Record<string, unknown> = {}) => ({
  origin: 'reception-centre',
  countryOfOrigin: 'SY',
  requestedOn: '2025-02-01',
  members: [{ givenName, familyName, birthDate: '1988-04-12', relationship: 'head', residencePermitDate: '2025-01-10' }],
  ...extra,
});

const haddads = () =>
  household('Rami', 'Haddad', {
    members: [
      { givenName: 'Rami', familyName: 'Haddad', birthDate: '1988-04-12', relationship: 'head' },
      { givenName: 'Lina', familyName: 'Haddad', birthDate: '2014-09-03', relationship: 'child' },
    ],
  });

// Every fifth filler is a Tesfay; one in ten was settled on import; one quota refugee; one minor.
const filler = (i: number) =>
  household(`Selam${i}`, i % 5 === 0 ? 'Tesfay' : 'Yohannes', {
    ...(i % 10 === 0 ? { settledOn: '2025-03-01' } : {}),
    ...(i === 1 ? { origin: 'quota-refugee' } : {}),
    ...(i === 2 ? { origin: 'unaccompanied-minor' } : {}),
  });

describe('the household list: filters across all pages, through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let target: HouseholdView;
  const list = (query: Record<string, unknown>, actor = officer()) => app.call<HouseholdPage>(housingRpc.listHouseholds, query, actor);

  beforeAll(async () => {
    app = await startHousingTestApp();
    target = await app.call<HouseholdView>(housingRpc.registerHousehold, haddads());
    await app.call(housingRpc.importHouseholds, { households: Array.from({ length: fillerCount }, (_, i) => filler(i)) });
    await app.call(housingRpc.registerHousehold, haddads(), officer('3201'));
    await app.call(housingRpc.settlePerson, { personId: target.members[0].id, settledOn: '2025-03-01' });
  });
  afterAll(() => app?.close());

  it('shows newest first, so the first household is not on the first full page', async () => {
    const first = await list({ limit: 200 });
    expect(first.total).toBe(fillerCount + 1);
    expect(first.items).toHaveLength(200);
    expect(first.items.map((h) => h.id)).not.toContain(target.id);
    const second = await list({ limit: 200, offset: 200 });
    expect(second.items.at(-1)?.id).toBe(target.id);
  });

  it('finds a household on a later page by a fragment of a name, in any case', async () => {
    for (const search of ['hadd', 'HADDAD', 'ina', 'ami hadd']) {
      const page = await list({ search, limit: 200 });
      expect({ search, total: page.total, ids: page.items.map((h) => h.id) }).toEqual({ search, total: 1, ids: [target.id] });
    }
  });

  it('counts every match in total while returning one page of them', async () => {
    const page = await list({ search: 'tesfay', limit: 10, offset: 0 });
    expect(page.total).toBe(tesfayCount);
    expect(page.items).toHaveLength(10);
    expect(page.items.every((h) => h.members.some((m) => m.familyName === 'Tesfay'))).toBe(true);
    const last = await list({ search: 'tesfay', limit: 10, offset: tesfayCount - 1 });
    expect(last.items).toHaveLength(1);
  });

  it("never shows another municipality's households, searched or not", async () => {
    const other = await list({ search: 'haddad' }, officer('3201'));
    expect(other.total).toBe(1);
    expect(other.items[0].municipality).toBe('3201');
    expect(other.items[0].id).not.toBe(target.id);
    expect((await list({ limit: 200 }, officer('3201'))).total).toBe(1);
  });

  it('takes % and _ as letters to look for, not as wildcards', async () => {
    expect((await list({ search: '%%' })).total).toBe(0);
    expect((await list({ search: '__' })).total).toBe(0);
  });

  it('filters by status derived from members: waiting, partly settled, settled', async () => {
    const settledFillers = Math.ceil(fillerCount / 10);
    const partly = await list({ status: 'partly-settled' });
    expect(partly.items.map((h) => h.id)).toEqual([target.id]);
    expect((await list({ status: 'settled' })).total).toBe(settledFillers);
    expect((await list({ status: 'waiting' })).total).toBe(fillerCount - settledFillers);
  });

  it('filters by the status the rows show: a home or an approved self-settlement counts before anyone is settled', async () => {
    const waitingBefore = (await list({ status: 'waiting' })).total;
    const housedHousehold = await app.call<HouseholdView>(housingRpc.registerHousehold, household('Dawit', 'Filterhjem'));
    const dwelling = await app.call<{ id: string }>(housingRpc.registerDwelling, {
      ownership: 'municipal',
      address: 'Filtergata 1',
      postalCode: '4006',
      sizeSquareMetres: 55,
      rooms: 2,
      monthlyRentNok: 7000,
      availableFrom: '2025-01-01',
    });
    await app.call(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: housedHousehold.id, startDate: '2025-03-01' });

    const allocated = await list({ status: 'dwelling-allocated' });
    expect(allocated.items.map((h) => [h.id, h.situation])).toEqual([[housedHousehold.id, 'dwelling-allocated']]);
    expect((await list({ status: 'waiting' })).total).toBe(waitingBefore);
    expect((await list({ status: 'waiting', search: 'filterhjem' })).total).toBe(0);
    for (const status of ['waiting', 'settled', 'partly-settled'] as const) {
      const rows = (await list({ status, limit: 200 })).items;
      expect(rows.every((h) => h.situation === status)).toBe(true);
    }
  });

  it('filters by origin and by unaccompanied minors, and combines filters', async () => {
    const quota = await list({ origin: 'quota-refugee' });
    expect(quota.items.map((h) => h.members[0].givenName)).toEqual(['Selam1']);
    const minors = await list({ minorsOnly: 'true' });
    expect(minors.items.map((h) => h.members[0].givenName)).toEqual(['Selam2']);
    expect((await list({ search: 'haddad', status: 'waiting' })).total).toBe(0);
    expect((await list({ search: 'tesfay', status: 'settled' })).total).toBe(Math.ceil(fillerCount / 10));
  });

  it('refuses a one-letter search or a national id as search, naming search and the rule', async () => {
    await expect(list({ search: 'h' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'search', rule: 'must be at least 2 characters' }],
    });
    await expect(list({ search: '31129956715' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'search', rule: 'must not be a national id (look the person up by national id instead)' }],
    });
  });
});
