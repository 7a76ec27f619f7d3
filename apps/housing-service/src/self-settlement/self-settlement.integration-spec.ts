import {
  type HouseholdView,
  housingRpc,
  type SelfSettlementCase,
  selfSettlementChecklistUpdated,
  selfSettlementDecided,
  selfSettlementOpened,
} from '@ankomst/contracts/housing';
import { type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const allChecks = {
  permitConfirmedWithImdi: true,
  notAssignedElsewhere: true,
  depositAndFirstRentAvailable: true,
  leaseLegallyApproved: true,
  standardInspected: true,
};

describe('agreed self-settlement through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let household: HouseholdView;

  beforeAll(async () => {
    app = await startHousingTestApp({ RENT_LIMIT_SINGLE_NOK: '7000' });
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'reception-centre',
      countryOfOrigin: 'ER',
      languages: ['ti'],
      members: [{ givenName: 'Senait', familyName: 'Gebru', birthDate: '1998-03-03', relationship: 'head' }],
    });
  });
  afterAll(() => app?.close());

  it('approves only when every check passes, rent limit included', async () => {
    const opened = await app.call<SelfSettlementCase>(housingRpc.openSelfSettlement, {
      householdId: household.id,
      address: 'Bragernes torg 1',
      monthlyRentNok: 7500,
    });
    expect(opened).toMatchObject({ status: 'open', rentLimitNok: 7000, readyForApproval: false, householdSize: 1 });

    await expect(app.call(housingRpc.decideSelfSettlement, { id: opened.id, outcome: 'approved' })).rejects.toMatchObject({
      code: 'conflict',
    });

    const checked = await app.call<SelfSettlementCase>(housingRpc.updateSelfSettlementChecklist, { id: opened.id, ...allChecks });
    expect(checked.readyForApproval).toBe(false); // rent 7500 > 7000
    await expect(app.call(housingRpc.decideSelfSettlement, { id: opened.id, outcome: 'approved' })).rejects.toMatchObject({
      message: "Cannot approve: not passed: Rent within the municipality's limit",
    });

    const rejected = await app.call<SelfSettlementCase>(housingRpc.decideSelfSettlement, {
      id: opened.id,
      outcome: 'rejected',
      reason: 'Rent 7500 NOK is above the limit for one person',
    });
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Rent 7500 NOK is above the limit for one person' });
    await expect(app.call(housingRpc.updateSelfSettlementChecklist, { id: opened.id, standardInspected: false })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('approves a new case within the limit once everything is confirmed', async () => {
    const opened = await app.call<SelfSettlementCase>(housingRpc.openSelfSettlement, {
      householdId: household.id,
      address: 'Tollbugata 4',
      monthlyRentNok: 6800,
    });
    await expect(
      app.call(housingRpc.openSelfSettlement, { householdId: household.id, address: 'Elsewhere 1', monthlyRentNok: 6000 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await app.call(housingRpc.updateSelfSettlementChecklist, { id: opened.id, ...allChecks });
    const approved = await app.call<SelfSettlementCase>(housingRpc.decideSelfSettlement, { id: opened.id, outcome: 'approved' });
    expect(approved).toMatchObject({ status: 'approved', readyForApproval: true, rejectionReason: null });
    const fetched = await app.call<SelfSettlementCase>(housingRpc.getSelfSettlement, { id: opened.id });
    expect(fetched.status).toBe('approved');
    await expect(app.call(housingRpc.getSelfSettlement, { id: opened.id }, officer('3201'))).rejects.toMatchObject({ code: 'not_found' });
  });

  it('requires a reason to reject, and emitted one event per state change', async () => {
    await expect(app.call(housingRpc.decideSelfSettlement, { id: household.id, outcome: 'rejected' })).rejects.toMatchObject({
      issues: [{ field: 'reason', rule: expect.any(String) }],
    });
    expect(await app.outbox(selfSettlementOpened.subject)).toHaveLength(2);
    expect(await app.outbox(selfSettlementChecklistUpdated.subject)).toHaveLength(2);
    expect((await app.outbox(selfSettlementDecided.subject)).map((e) => e.envelope.payload.outcome)).toEqual(['rejected', 'approved']);
  });
});
