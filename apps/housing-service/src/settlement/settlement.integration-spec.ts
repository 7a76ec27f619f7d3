import {
  type HouseholdView,
  housingRpc,
  settlementDecisionRecorded,
  type SettlementFigures,
  type SettlementProgress,
  type SettlementRequest,
  settlementRequestCorrected,
  settlementRequestRecorded,
  type TimeToSettlement,
} from '@ankomst/contracts/housing';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

describe('settlement requests, decisions and progress through NATS on real Postgres', () => {
  let app: HousingTestApp;

  beforeAll(async () => {
    app = await startHousingTestApp();
  });
  afterAll(() => app?.close());

  it("records IMDi's request and an additional request, each with one event", async () => {
    await app.call(housingRpc.recordSettlementRequest, { year: 2025, total: 20, unaccompaniedMinors: 2, receivedOn: '2024-10-01' });
    await app.call(housingRpc.recordSettlementRequest, {
      year: 2025,
      kind: 'additional',
      total: 5,
      unaccompaniedMinors: 0,
      receivedOn: '2025-03-01',
    });
    const events = await app.outbox(settlementRequestRecorded.subject);
    expect(events.map((e) => e.envelope.payload.kind)).toEqual(['initial', 'additional']);
  });

  it('refuses more minors than the total, naming the field', async () => {
    await expect(
      app.call(housingRpc.recordSettlementRequest, { year: 2025, total: 1, unaccompaniedMinors: 2, receivedOn: '2024-10-01' }),
    ).rejects.toMatchObject({ issues: [{ field: 'unaccompaniedMinors', rule: 'must not exceed total' }] });
  });

  it('shows progress with no decision yet, then against the decision', async () => {
    const before = await app.call<SettlementProgress>(housingRpc.settlementProgress, { year: 2025 });
    expect(before).toMatchObject({ requested: { total: 25, unaccompaniedMinors: 2 }, decided: null, percentOfDecided: null });

    await app.call(housingRpc.recordSettlementDecision, { year: 2025, total: 20, unaccompaniedMinors: 2, decidedOn: '2024-12-12' });
    await app.call(housingRpc.recordSettlementDecision, { year: 2025, total: 24, unaccompaniedMinors: 2, decidedOn: '2025-03-20' });
    expect(await app.outbox(settlementDecisionRecorded.subject)).toHaveLength(2);

    const household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'AF',
      languages: ['prs'],
      requestedOn: '2025-04-01',
      members: [
        { givenName: 'Farid', familyName: 'Noori', birthDate: '1985-05-05', relationship: 'head', residencePermitDate: '2025-01-01' },
        { givenName: 'Mariam', familyName: 'Noori', birthDate: '2012-05-05', relationship: 'child', residencePermitDate: '2025-01-01' },
      ],
    });
    const minor = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'unaccompanied-minor',
      countryOfOrigin: 'SO',
      languages: ['so'],
      members: [
        { givenName: 'Abdi', familyName: 'Warsame', birthDate: '2009-08-08', relationship: 'head', residencePermitDate: '2025-01-01' },
      ],
    });
    for (const person of [...household.members, ...minor.members]) {
      await app.call(housingRpc.settlePerson, { personId: person.id, settledOn: '2025-05-01' });
    }

    const after = await app.call<SettlementProgress>(housingRpc.settlementProgress, { year: 2025 });
    expect(after).toMatchObject({
      decided: { total: 24, unaccompaniedMinors: 2 },
      settled: { unaccompaniedMinors: 1, adults: 1, childrenInFamilies: 1, total: 3 },
      percentOfDecided: 12.5,
      percentOfRequested: 12,
      unaccompaniedMinorsPercentOfDecided: 50,
      remainingToDecided: 21,
    });
    const elsewhere = await app.call<SettlementProgress>(housingRpc.settlementProgress, { year: 2025 }, officer('3201'));
    expect(elsewhere).toMatchObject({ requested: { total: 0 }, decided: null, settled: { total: 0 } });

    // Housed 10 days after IMDi's request: within the 4-week target.
    const { id: dwellingId } = await app.call<{ id: string }>(housingRpc.registerDwelling, {
      ownership: 'private',
      address: 'Kirkegata 3',
      postalCode: '3015',
      sizeSquareMetres: 70,
      rooms: 3,
      monthlyRentNok: 12000,
      availableFrom: '2025-01-01',
    });
    await app.call(housingRpc.allocateDwelling, { dwellingId, householdId: household.id, startDate: '2025-04-11' });

    const time = await app.call<TimeToSettlement>(housingRpc.timeToSettlement, { year: 2025 });
    // Permit 1 Jan, settled 1 May = 120 days: within 6 months, not within 3 for the minor.
    expect(time.permitToSettlement.others).toMatchObject({ count: 2, medianDays: 120, percentWithinTarget: 100, targetMonths: 6 });
    expect(time.permitToSettlement.unaccompaniedMinors).toMatchObject({ count: 1, withinTarget: 0, targetMonths: 3 });
    expect(time.requestToHousing).toMatchObject({ count: 1, medianDays: 10, percentWithinTarget: 100, targetDays: 28 });
  });
});

describe('correcting a recorded request, and the year figures, through NATS on real Postgres', () => {
  let app: HousingTestApp;

  beforeAll(async () => {
    app = await startHousingTestApp();
  });
  afterAll(() => app?.close());

  it('replaces the figures, keeps the previous ones in the event, and the year sums the corrected figure', async () => {
    const recorded = await app.call<SettlementRequest>(housingRpc.recordSettlementRequest, {
      year: 2026,
      total: 300,
      unaccompaniedMinors: 10,
      receivedOn: '2025-10-01',
    });
    expect(recorded.correctedAt).toBeNull();

    const corrected = await app.call<SettlementRequest>(housingRpc.correctSettlementRequest, {
      id: recorded.id,
      kind: 'initial',
      total: 30,
      unaccompaniedMinors: 10,
      receivedOn: '2025-10-02',
    });
    expect(corrected).toMatchObject({ id: recorded.id, total: 30, receivedOn: '2025-10-02', correctedAt: expect.any(String) });
    const [event] = await app.outbox(settlementRequestCorrected.subject);
    expect(event.envelope.payload).toMatchObject({
      requestId: recorded.id,
      total: 30,
      previous: { kind: 'initial', total: 300, unaccompaniedMinors: 10, receivedOn: '2025-10-01' },
    });

    await app.call(housingRpc.recordSettlementDecision, { year: 2026, total: 28, unaccompaniedMinors: 8, decidedOn: '2025-12-01' });
    const figures = await app.call<SettlementFigures>(housingRpc.settlementFigures, { year: 2026 });
    expect(figures.requests.map((r) => r.total)).toEqual([30]);
    expect(figures.decision).toMatchObject({ total: 28, unaccompaniedMinors: 8, decidedOn: '2025-12-01' });
    expect((await app.call<SettlementProgress>(housingRpc.settlementProgress, { year: 2026 })).requested.total).toBe(30);
  });

  it('refuses invalid figures by field and code, an unchanged correction, and another municipality', async () => {
    const recorded = await app.call<SettlementRequest>(housingRpc.recordSettlementRequest, {
      year: 2027,
      total: 20,
      unaccompaniedMinors: 2,
      receivedOn: '2025-10-01',
    });
    const same = { id: recorded.id, kind: 'initial', total: 20, unaccompaniedMinors: 2, receivedOn: '2025-10-01' };
    await expect(app.call(housingRpc.correctSettlementRequest, { ...same, total: -1 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'total' })],
    });
    await expect(app.call(housingRpc.correctSettlementRequest, { ...same, unaccompaniedMinors: 21 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'unaccompaniedMinors', code: 'must_not_exceed' })],
    });
    await expect(app.call(housingRpc.correctSettlementRequest, same)).rejects.toMatchObject({
      issues: [expect.objectContaining({ code: 'no_change' })],
    });
    await expect(app.call(housingRpc.correctSettlementRequest, { ...same, total: 21 }, officer('3201'))).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await app.call<SettlementFigures>(housingRpc.settlementFigures, { year: 2027 })).requests).toEqual([
      expect.objectContaining({ total: 20, correctedAt: null }),
    ]);
    expect((await app.call<SettlementFigures>(housingRpc.settlementFigures, { year: 2027 }, officer('3201'))).requests).toEqual([]);
  });
});
