import {
  dwellingAllocated,
  type HouseholdDetail,
  type HouseholdPage,
  type HouseholdView,
  housingRpc,
  personSettled,
  type SelfSettlementCase,
} from '@ankomst/contracts/housing';
import { type Actor } from '@ankomst/contracts';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const allChecks = {
  permitConfirmedWithImdi: true,
  notAssignedElsewhere: true,
  depositAndFirstRentAvailable: true,
  leaseLegallyApproved: true,
  standardInspected: true,
};
const introAdvisor: Actor = { userId: 'advisor-1', role: 'intro-advisor', municipality: '1103' };

describe('household status from the facts, and settling a whole household, through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let dwellingNumber = 0;

  const register = (givenNames: string[], permit = '2025-01-10') =>
    app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'reception-centre',
      countryOfOrigin: 'SY',
      requestedOn: '2025-02-01',
      members: givenNames.map((givenName, i) => ({
        givenName,
        familyName: 'Haddad',
        birthDate: i === 0 ? '1985-04-04' : '2015-06-06',
        relationship: i === 0 ? 'head' : 'child',
        residencePermitDate: permit,
      })),
    });
  const dwelling = async () =>
    (
      await app.call<{ id: string }>(housingRpc.registerDwelling, {
        ownership: 'municipal',
        address: `Nygata ${++dwellingNumber}`,
        postalCode: '4006',
        sizeSquareMetres: 64,
        rooms: 3,
        monthlyRentNok: 11000,
        availableFrom: '2025-01-01',
      })
    ).id;
  const get = (id: string, actor?: Actor) => app.call<HouseholdDetail>(housingRpc.getHousehold, { id }, actor);

  beforeAll(async () => {
    app = await startHousingTestApp();
  });
  afterAll(() => app?.close());

  it('says "dwelling allocated" with the home and its tenancy once a dwelling is allocated', async () => {
    const household = await register(['Rami', 'Lina']);
    expect(await get(household.id)).toMatchObject({ situation: 'waiting', home: null, tenancies: [], selfSettlements: [] });

    const dwellingId = await dwelling();
    await app.call(housingRpc.allocateDwelling, { dwellingId, householdId: household.id, startDate: '2025-03-01' });

    const after = await get(household.id);
    expect(after.situation).toBe('dwelling-allocated');
    expect(after.home).toMatchObject({ dwellingId, address: `Nygata ${dwellingNumber}`, startDate: '2025-03-01', endDate: null });
    expect(after.tenancies).toHaveLength(1);
  });

  it('says "self-settlement approved" after approval, and every colleague finds the case from the household', async () => {
    const household = await register(['Samira']);
    const opened = await app.call<SelfSettlementCase>(housingRpc.openSelfSettlement, {
      householdId: household.id,
      address: 'Storgata 12',
      monthlyRentNok: 6000,
    });
    const byColleague = await get(household.id, officer('1103', 'officer-2'));
    expect(byColleague.selfSettlements).toEqual([{ id: opened.id, address: 'Storgata 12', status: 'open', decidedAt: null }]);
    expect(byColleague.situation).toBe('waiting');

    await app.call(housingRpc.updateSelfSettlementChecklist, { id: opened.id, ...allChecks });
    await app.call(housingRpc.decideSelfSettlement, { id: opened.id, outcome: 'approved' });

    const byAdvisor = await get(household.id, introAdvisor);
    expect(byAdvisor.situation).toBe('self-settlement-approved');
    expect(byAdvisor.selfSettlements).toEqual([
      expect.objectContaining({ id: opened.id, status: 'approved', decidedAt: expect.any(String) }),
    ]);
  });

  it('settles every member and allocates the dwelling in one step, with one event each', async () => {
    const household = await register(['Omar', 'Nour', 'Yara']);
    const [first] = household.members;
    await app.call(housingRpc.settlePerson, { personId: first.id, settledOn: '2025-03-01' });
    expect((await get(household.id)).situation).toBe('partly-settled');
    const settledBefore = (await app.outbox(personSettled.subject)).length;
    const allocatedBefore = (await app.outbox(dwellingAllocated.subject)).length;

    const dwellingId = await dwelling();
    const settled = await app.call<HouseholdDetail>(housingRpc.settleHousehold, { id: household.id, settledOn: '2025-03-15', dwellingId });

    expect(settled.situation).toBe('settled');
    expect(settled.members.find((m) => m.id === first.id)?.settledOn).toBe('2025-03-01');
    expect(settled.members.filter((m) => m.id !== first.id).map((m) => m.settledOn)).toEqual(['2025-03-15', '2025-03-15']);
    expect(settled.home).toMatchObject({ dwellingId, startDate: '2025-03-15' });
    expect((await app.outbox(personSettled.subject)).length - settledBefore).toBe(2);
    expect((await app.outbox(dwellingAllocated.subject)).length - allocatedBefore).toBe(1);

    await expect(app.call(housingRpc.settleHousehold, { id: household.id, settledOn: '2025-03-16' })).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'household_settled' },
    });
  });

  it('shows each household of the list page with its status from the facts, as its page does', async () => {
    const allocated = await register(['Tarek']);
    await app.call(housingRpc.allocateDwelling, { dwellingId: await dwelling(), householdId: allocated.id, startDate: '2025-03-01' });
    const selfSettled = await register(['Dima']);
    const opened = await app.call<SelfSettlementCase>(housingRpc.openSelfSettlement, {
      householdId: selfSettled.id,
      address: 'Kirkegata 3',
      monthlyRentNok: 7000,
    });
    await app.call(housingRpc.updateSelfSettlementChecklist, { id: opened.id, ...allChecks });
    await app.call(housingRpc.decideSelfSettlement, { id: opened.id, outcome: 'approved' });
    const waiting = await register(['Fadi']);

    const page = await app.call<HouseholdPage>(housingRpc.listHouseholds, { limit: 200, offset: 0 });
    const situationOf = (id: string) => page.items.find((h) => h.id === id)?.situation;
    expect(situationOf(allocated.id)).toBe('dwelling-allocated');
    expect(situationOf(selfSettled.id)).toBe('self-settlement-approved');
    expect(situationOf(waiting.id)).toBe('waiting');
    // Every row agrees with the household's own page.
    for (const item of page.items) expect(item.situation).toBe((await get(item.id)).situation);
  });

  it('refuses a settlement before a permit, a taken dwelling, or another municipality, and writes nothing', async () => {
    const household = await register(['Hana', 'Adam'], '2025-04-01');
    await expect(app.call(housingRpc.settleHousehold, { id: household.id, settledOn: '2025-03-01' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'settledOn', code: 'date_before' })],
    });

    const taken = await dwelling();
    const other = await register(['Karim']);
    await app.call(housingRpc.allocateDwelling, { dwellingId: taken, householdId: other.id, startDate: '2025-04-02' });
    await expect(
      app.call(housingRpc.settleHousehold, { id: household.id, settledOn: '2025-04-05', dwellingId: taken }),
    ).rejects.toMatchObject({ code: 'conflict', reason: { code: 'dwelling_allocated' } });

    await expect(
      app.call(housingRpc.settleHousehold, { id: household.id, settledOn: '2025-04-05' }, officer('3201')),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(app.call(housingRpc.settleHousehold, { id: household.id, settledOn: '2025-04-05' }, introAdvisor)).rejects.toMatchObject({
      code: 'forbidden',
    });

    const untouched = await get(household.id);
    expect(untouched).toMatchObject({ situation: 'waiting', home: null });
    expect(untouched.members.map((m) => m.settledOn)).toEqual([null, null]);
  });
});
