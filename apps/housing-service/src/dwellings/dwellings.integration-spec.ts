import {
  dwellingAllocated,
  dwellingRegistered,
  type DwellingView,
  type DwellingTenancy,
  type HouseholdView,
  housingRpc,
  housingApi,
  tenancyEnded,
  type TenancyView,
  type VacancyReport,
} from '@ankomst/contracts/housing';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const single = (givenName: string) => ({
  origin: 'reception-centre',
  countryOfOrigin: 'ER',
  languages: ['ti'],
  members: [{ givenName, familyName: 'Tesfay', birthDate: '1995-02-02', relationship: 'head' }],
});

const flat = {
  ownership: 'municipal',
  address: 'Storgata 12 B',
  postalCode: '4006',
  sizeSquareMetres: 48.5,
  rooms: 2,
  monthlyRentNok: 8900,
  accessible: true,
  availableFrom: '2024-01-01',
};

describe('dwellings and tenancies through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let dwelling: DwellingView;
  let households: HouseholdView[];

  beforeAll(async () => {
    app = await startHousingTestApp({ VACANCY_TARGET_PERCENT: '4' });
    households = await Promise.all(
      ['Yonas', 'Selam', 'Daniel'].map((n) => app.call<HouseholdView>(housingRpc.registerHousehold, single(n))),
    );
  });
  afterAll(() => app?.close());

  it('registers a dwelling and emits dwelling-registered once', async () => {
    dwelling = await app.call<DwellingView>(housingRpc.registerDwelling, flat);
    expect(dwelling).toMatchObject({ municipality: '1103', sizeSquareMetres: 48.5, status: 'available', occupiedBy: null });
    const events = await app.outbox(dwellingRegistered.subject);
    expect(events.map((e) => e.aggregateId)).toEqual([dwelling.id]);
  });

  it('lets exactly one of two concurrent allocations of one dwelling win; the other gets 409', async () => {
    const attempts = await Promise.allSettled(
      households
        .slice(0, 2)
        .map((h) =>
          app.call<TenancyView>(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: h.id, startDate: '2025-01-01' }),
        ),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toMatchObject({ code: 'conflict', message: 'Dwelling is already allocated' });
    const { rows } = await app.sql.query('SELECT count(*)::int AS n FROM tenancy WHERE dwelling_id = $1', [dwelling.id]);
    expect(rows[0].n).toBe(1);
    expect(await app.outbox(dwellingAllocated.subject)).toHaveLength(1);
  });

  it('shows the dwelling as occupied and not in the vacant list', async () => {
    const all = await app.call<{ items: DwellingView[] }>(housingRpc.listDwellings, {});
    expect(all.items[0].occupiedBy).not.toBeNull();
    const vacant = await app.call<{ total: number }>(housingRpc.listDwellings, { vacantOnly: true });
    expect(vacant.total).toBe(0);
  });

  it('ends the tenancy (bought own home with startlån) once, then the dwelling can be let again', async () => {
    const { rows } = await app.sql.query('SELECT id FROM tenancy WHERE dwelling_id = $1', [dwelling.id]);
    const ended = await app.call<TenancyView>(housingRpc.endTenancy, {
      tenancyId: rows[0].id,
      endDate: '2025-06-30',
      reason: 'bought-own-home',
      withStartlan: true,
    });
    expect(ended).toMatchObject({ endDate: '2025-06-30', endReason: 'bought-own-home', withStartlan: true });
    await expect(app.call(housingRpc.endTenancy, { tenancyId: rows[0].id, endDate: '2025-07-01', reason: 'moved' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await app.outbox(tenancyEnded.subject)).toHaveLength(1);

    await app.call(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: households[2].id, startDate: '2025-08-01' });
    expect(await app.outbox(dwellingAllocated.subject)).toHaveLength(2);
  });

  it('refuses startlån with another end reason, naming the field', async () => {
    await expect(
      app.call(housingRpc.endTenancy, {
        tenancyId: '00000000-0000-4000-8000-000000000000',
        endDate: '2025-07-01',
        reason: 'moved',
        withStartlan: true,
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', issues: [{ field: 'withStartlan', rule: 'only with reason bought-own-home' }] });
  });

  it('keeps another municipality from allocating or seeing the dwelling', async () => {
    await expect(
      app.call(
        housingRpc.allocateDwelling,
        { dwellingId: dwelling.id, householdId: households[0].id, startDate: '2025-09-01' },
        officer('3201'),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await app.call<{ total: number }>(housingRpc.listDwellings, {}, officer('3201'))).total).toBe(0);
  });

  it('reports vacancy of municipal dwellings by quarter against the target', async () => {
    // Let Jan–Jun, vacant 1–31 July (31 of 92 Q3 days), let again from 1 August.
    const report = await app.call<VacancyReport>(housingRpc.vacancy, { year: 2025 });
    expect(report.quarters.map((q) => [q.quarter, q.vacancyPercent, q.withinTarget])).toEqual([
      ['2025-Q1', 0, true],
      ['2025-Q2', 0, true],
      ['2025-Q3', 33.7, false],
      ['2025-Q4', 0, true],
    ]);
  });

  it("lists the dwelling's tenancy history newest first, each with its household's members", async () => {
    const { items } = await app.call<{ items: DwellingTenancy[] }>(housingApi.listDwellingTenancies.subject, { dwellingId: dwelling.id });
    expect(items.map((t) => [t.startDate, t.endDate, t.endReason])).toEqual([
      ['2025-08-01', null, null],
      ['2025-01-01', '2025-06-30', 'bought-own-home'],
    ]);
    const lastHousehold = households.find((h) => h.id === items[0].householdId);
    expect(items[0].memberIds).toEqual(lastHousehold?.members.map((m) => m.id));
  });

  it('keeps the tenancy history from another municipality and refuses a malformed id by name', async () => {
    await expect(app.call(housingApi.listDwellingTenancies.subject, { dwellingId: dwelling.id }, officer('3201'))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(app.call(housingApi.listDwellingTenancies.subject, { dwellingId: 'flat-12' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [{ field: 'dwellingId' }],
    });
  });
});
