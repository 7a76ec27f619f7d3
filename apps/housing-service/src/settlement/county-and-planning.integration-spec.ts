import { type Actor, todayInOslo } from '@ankomst/contracts';
import { type CountyStatistics, type HouseholdView, housingApi, housingRpc, type SettlementPlanning } from '@ankomst/contracts/housing';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const analyst = (municipality: string): Actor => ({ userId: `analyst-${municipality}`, role: 'county-analyst', municipality });
const year = 2025;

/** Settles `count` single adults in a municipality, permit on 1 January, settled on 1 May (120 days). */
async function settleAdults(app: HousingTestApp, municipality: string, count: number, firstName: string) {
  for (let i = 0; i < count; i += 1) {
    const household = await app.call<HouseholdView>(
      housingRpc.registerHousehold,
      {
        origin: 'reception-centre',
        countryOfOrigin: 'ER',
        languages: ['ti'],
        members: [
          {
            givenName: `${firstName}${i}`,
            familyName: 'Testesen',
            birthDate: '1990-02-02',
            relationship: 'head',
            residencePermitDate: `${year}-01-01`,
          },
        ],
      },
      officer(municipality),
    );
    await app.call(housingRpc.settlePerson, { personId: household.members[0].id, settledOn: `${year}-05-01` }, officer(municipality));
  }
}

describe("county governor's view and the settlement plan through NATS on real Postgres", () => {
  let app: HousingTestApp;

  beforeAll(async () => {
    app = await startHousingTestApp();
    // County 11: a large municipality (6 settled) and a small one (2 settled); county 32 elsewhere.
    for (const [municipality, requested, decided] of [
      ['1103', 30, 25],
      ['1106', 12, null],
      ['3201', 40, 40],
    ] as const) {
      await app.call(
        housingRpc.recordSettlementRequest,
        { year, total: requested, unaccompaniedMinors: 2, receivedOn: `${year - 1}-10-01` },
        officer(municipality),
      );
      if (decided !== null) {
        await app.call(
          housingRpc.recordSettlementDecision,
          { year, total: decided, unaccompaniedMinors: 2, decidedOn: `${year - 1}-12-12` },
          officer(municipality),
        );
      }
    }
    await settleAdults(app, '1103', 6, 'Aster');
    await settleAdults(app, '1106', 2, 'Selam');
    await settleAdults(app, '3201', 1, 'Yonas');
  });
  afterAll(() => app?.close());

  it("gives the county analyst every municipality of the analyst's own county, small counts suppressed", async () => {
    const sut = await app.call<CountyStatistics>(housingApi.countyStatistics.subject, { year }, analyst('1103'));
    expect(sut).toEqual({
      county: '11',
      year,
      municipalities: [
        {
          municipality: '1103',
          requested: { total: 30, unaccompaniedMinors: 2 },
          decided: { total: 25, unaccompaniedMinors: 2 },
          settled: { total: 6, unaccompaniedMinors: 0 },
          percentOfDecided: 24,
          medianDaysPermitToSettlement: 120,
        },
        {
          municipality: '1106',
          requested: { total: 12, unaccompaniedMinors: 2 },
          decided: null,
          settled: { total: '<5', unaccompaniedMinors: 0 },
          percentOfDecided: null,
          medianDaysPermitToSettlement: null,
        },
      ],
    });
  });

  it('answers with counts only: no person-level field anywhere in the answer', async () => {
    const sut = JSON.stringify(await app.call(housingApi.countyStatistics.subject, { year }, analyst('1103')));
    for (const field of ['personId', 'givenName', 'familyName', 'birthDate', 'nationalId', 'householdId', 'Aster', 'Selam', 'Testesen']) {
      expect(sut).not.toContain(field);
    }
  });

  it('shows an analyst of another county only that county', async () => {
    const sut = await app.call<CountyStatistics>(housingApi.countyStatistics.subject, { year }, analyst('3205'));
    expect(sut.county).toBe('32');
    expect(sut.municipalities.map((m) => [m.municipality, m.settled.total])).toEqual([['3201', '<5']]);
  });

  it('refuses the housing officer of another county, and the housing officer of the same county', async () => {
    await expect(app.call(housingApi.countyStatistics.subject, { year }, officer('3201'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(housingApi.countyStatistics.subject, { year }, officer('1103'))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it("gives the housing officer the municipality's plan against its own dwellings, and refuses the county analyst", async () => {
    const thisYear = Number(todayInOslo().slice(0, 4));
    await app.call(housingRpc.recordSettlementDecision, {
      year: thisYear,
      total: 10,
      unaccompaniedMinors: 2,
      decidedOn: `${thisYear}-01-02`,
    });
    await app.call(housingRpc.registerDwelling, {
      ownership: 'municipal',
      address: 'Planveien 4',
      postalCode: '4006',
      sizeSquareMetres: 60,
      rooms: 3,
      monthlyRentNok: 9000,
      availableFrom: `${thisYear}-01-01`,
    });
    const sut = await app.call<SettlementPlanning>(housingApi.settlementPlanning.subject, { year: thisYear });
    expect(sut).toMatchObject({ municipality: '1103', basis: 'decision', remaining: { total: 10, unaccompaniedMinors: 2 } });
    const open = sut.quarters.filter((q) => !q.past);
    expect(open[0].freed).toMatchObject({ threeRooms: 1, total: 1 });
    expect(open.at(-1)).toMatchObject({ cumulativeNeed: 8, cumulativePlaces: 3, shortfall: 5 });

    await expect(app.call(housingApi.settlementPlanning.subject, { year: thisYear }, analyst('1103'))).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
