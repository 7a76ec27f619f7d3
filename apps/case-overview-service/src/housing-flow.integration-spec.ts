import { services } from '@ankomst/contracts';
import { type CaseView, caseOverviewRpc, type RebuildResult } from '@ankomst/contracts/case-overview';
import { type DwellingView, type HouseholdView, housingRpc } from '@ankomst/contracts/housing';
import { createTestDatabase, eventually, spawnApp, type SpawnedApp, type TestDatabase } from '@ankomst/testing';
import { addDays, todayInOslo } from '@ankomst/contracts';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from './test-support/case-overview-test-app';

// The real housing service as its own process on the same private NATS: housing commands
// over NATS, its outbox relay publishes, the case view shows the result.

const officer = actorOf('housing-officer');
const coordinator = actorOf('coordination-member');

describe('case view fed by the real housing service', () => {
  let app: CaseOverviewTestApp;
  let housingDb: TestDatabase;
  let housing: SpawnedApp;

  const housingCall = <T>(subject: string, body: unknown) =>
    app.service.client.request<T>(subject, body, {
      correlationId: `housing-flow-${Date.now()}`,
      actor: officer,
      timeoutMs: 10_000,
    });

  beforeAll(async () => {
    app = await startCaseOverviewTestApp();
    housingDb = await createTestDatabase('housing_for_case_overview');
    housing = spawnApp(services.housing.app, {
      NATS_URL: app.nats.url,
      DATABASE_URL: housingDb.serverUrl,
      DATABASE_NAME: housingDb.name,
      LOG_LEVEL: 'warn',
    });
    await eventually(() => app.service.request(`ankomst.${services.housing.key}.ping.v1`, {}).then(() => true), 60_000).catch(
      (error: Error) => {
        throw new Error(`${error.message}\n--- housing-service\n${housing.output()}`);
      },
    );
    await consumersReady(app);
  }, 90_000);

  afterAll(async () => {
    await housing?.stop();
    await app?.close();
    await housingDb?.drop();
  });

  it('shows a household registered, housed and settled through housing commands', async () => {
    const registered = await housingCall<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'reception-centre',
      countryOfOrigin: 'ER',
      languages: ['ti'],
      requestedOn: addDays(todayInOslo(), -30),
      members: [
        {
          givenName: 'Elsa',
          familyName: 'Heggvik',
          birthDate: '1990-02-11',
          relationship: 'head',
          residencePermitDate: addDays(todayInOslo(), -60),
        },
        {
          givenName: 'Filmon',
          familyName: 'Heggvik',
          birthDate: '2019-09-09',
          relationship: 'child',
          residencePermitDate: addDays(todayInOslo(), -60),
        },
      ],
    });
    const registeredView = await eventually(
      () => app.call<CaseView>(caseOverviewRpc.getCase, { householdId: registered.id }, coordinator),
      20_000,
    );
    expect(registeredView.members.map((m) => m.givenName)).toEqual(['Elsa', 'Filmon']);
    expect(registeredView.members[0].settlement).toMatchObject({ targetMonths: 6, state: 'on-track' });

    const dwelling = await housingCall<DwellingView>(housingRpc.registerDwelling, {
      ownership: 'municipal',
      address: 'Testveien 1',
      postalCode: '4006',
      sizeSquareMetres: 60,
      rooms: 3,
      monthlyRentNok: 9_000,
      availableFrom: todayInOslo(),
    });
    await housingCall(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: registered.id, startDate: todayInOslo() });
    for (const member of registered.members) {
      await housingCall(housingRpc.settlePerson, { personId: member.id, settledOn: todayInOslo() });
    }

    // The allocation and the settlements are separate events that may be applied in either
    // order: wait until both have arrived, not only until the status says settled.
    const settled = await eventually(async () => {
      const view = await app.call<CaseView>(caseOverviewRpc.getCase, { householdId: registered.id }, coordinator);
      const allocated = view.timeline.some((t) => t.kind === 'dwelling-allocated');
      return view.status === 'settled' && allocated ? view : undefined;
    }, 20_000);
    expect(settled.members[0].settlement).toMatchObject({ settledOn: todayInOslo(), state: 'met', days: 60 });
    expect(settled.timeline.map((t) => t.kind)).toEqual(
      expect.arrayContaining(['household-registered', 'dwelling-allocated', 'person-settled']),
    );

    // Consent shares the dwelling from the housing events; the rebuild reproduces it all.
    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: registered.members[0].id, scope: 'housing-status→coordination-group', evidenceNote: 'signed form' },
      actorOf('intro-advisor'),
    );
    const shared = await app.call<CaseView>(caseOverviewRpc.getCase, { householdId: registered.id }, coordinator);
    expect(shared.members[0].sections['housing']).toMatchObject({
      restricted: false,
      data: { dwelling: { dwellingId: dwelling.id, rooms: 3 } },
    });

    await eventually(async () => {
      const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM read_model.timeline WHERE kind = 'consent-given'`);
      return rows[0].n === 1;
    });
    const before = await app.dump();
    await app.call<RebuildResult>(caseOverviewRpc.rebuild, {}, actorOf('operations', '0000'));
    expect(await app.dump()).toEqual(before);
  }, 60_000);
});
