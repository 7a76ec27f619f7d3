import { type HouseholdView, housingEvents, housingRpc } from '@ankomst/contracts/housing';
import { connect, type NatsConnection } from 'nats';
import { dNumber, type HousingTestApp, startHousingTestApp } from './test-support/housing-test-app';

/** The outbox relay publishes what the housing service recorded: every event once in JetStream. */
describe('housing events reach JetStream exactly once', () => {
  let app: HousingTestApp;
  let nc: NatsConnection;

  beforeAll(async () => {
    app = await startHousingTestApp();
    nc = await connect({ servers: app.nats.url });
  });
  afterAll(async () => {
    await nc?.close();
    await app?.close();
  });

  it('publishes each outbox row as one message on its subject, without national ids', async () => {
    const nationalId = dNumber(1979, 11, 30);
    const household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'family-reunification',
      countryOfOrigin: 'UA',
      languages: ['uk'],
      members: [
        {
          givenName: 'Oksana',
          familyName: 'Kovalenko',
          birthDate: '1979-11-30',
          relationship: 'head',
          nationalId,
          residencePermitDate: '2025-02-01',
        },
      ],
    });
    await app.call(housingRpc.settlePerson, { personId: household.members[0].id, settledOn: '2025-02-20' });
    await app.call(housingRpc.recordSettlementRequest, { year: 2025, total: 10, unaccompaniedMinors: 1, receivedOn: '2024-10-01' });

    const deadline = Date.now() + 15_000;
    for (;;) {
      const { rows } = await app.sql.query(`SELECT count(*)::int AS pending FROM outbox WHERE status <> 'sent'`);
      if (rows[0].pending === 0) break;
      if (Date.now() > deadline) throw new Error(`${rows[0].pending} events still pending`);
      await new Promise((r) => setTimeout(r, 100));
    }

    const { rows: recorded } = await app.sql.query<{ subject: string; n: number }>(
      'SELECT subject, count(*)::int AS n FROM outbox GROUP BY subject ORDER BY subject',
    );
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info('ANKOMST_HOUSING', { subjects_filter: '>' });
    expect(info.state.subjects).toEqual(Object.fromEntries(recorded.map((r) => [r.subject, r.n])));
    expect(recorded.map((r) => r.subject)).toEqual([
      'ankomst.housing.household-registered.v1',
      'ankomst.housing.person-settled.v1',
      'ankomst.housing.settlement-request-recorded.v1',
    ]);

    // The stream lists the event subjects one by one: request/reply subjects never land in it.
    expect([...info.config.subjects].sort()).toEqual([...housingEvents.map((c) => c.subject), 'ankomst.housing.dead-letter.v1'].sort());

    for (let seq = 1; seq <= info.state.messages; seq++) {
      const message = await jsm.streams.getMessage('ANKOMST_HOUSING', { seq });
      expect(new TextDecoder().decode(message.data)).not.toContain(nationalId);
    }
  });
});
