import { type GuideRequestView, guideRequestRegistered, listGuideRequests, registerGuideRequest } from '@ankomst/contracts/volunteering';
import { connect } from 'nats';
import { actorOf, startVolunteeringTestApp, type VolunteeringTestApp } from '../test-support/volunteering-test-app';

const candidate = (personId: string) => ({
  personId,
  householdId: '0d9a3c8e-5b7f-4f21-8e6a-1c2d3e4f5a6b',
  registeredOn: '2026-11-02',
  name: 'Test Person',
  consentConfirmed: true,
  languages: ['arabisk'],
  area: 'Sentrum',
  availability: ['weekend'],
});
const personA = '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10';
const personB = '7a2d2b63-63b4-4d4a-8b75-1d2c8f4e3b21';

describe('guide requests through NATS on real Postgres', () => {
  let app: VolunteeringTestApp;

  beforeAll(async () => {
    app = await startVolunteeringTestApp();
  });
  afterAll(() => app?.close());

  it('registers a person and records guide-request-registered in the outbox once', async () => {
    const created = await app.call<GuideRequestView>(registerGuideRequest.subject, candidate(personA));

    expect(created).toMatchObject({ municipality: '1103', personId: personA, registeredOn: '2026-11-02' });
    const events = await app.outbox(guideRequestRegistered.subject);
    expect(events.map((e) => e.aggregateId)).toEqual([created.id]);
    expect(events[0].envelope.payload).toMatchObject({ guideRequestId: created.id, personId: personA });
  });

  it('publishes the event to the ANKOMST_VOLUNTEERING stream through the relay', async () => {
    const nc = await connect({ servers: app.nats.url });
    try {
      const jsm = await nc.jetstreamManager();
      const deadline = Date.now() + 10_000;
      let messages = 0;
      while (messages < 1 && Date.now() < deadline) {
        messages = await jsm.streams.info('ANKOMST_VOLUNTEERING').then(
          (info) => info.state.messages,
          () => 0,
        );
        if (messages < 1) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(messages).toBe(1);
    } finally {
      await nc.close();
    }
  });

  it('answers a second registration of the same person with 409', async () => {
    await expect(app.call(registerGuideRequest.subject, candidate(personA))).rejects.toMatchObject({ code: 'conflict' });
  });

  it('lists the municipality’s own records only', async () => {
    await app.call(registerGuideRequest.subject, candidate(personB), actorOf('volunteer-coordinator', '3201'));

    const own = await app.call<{ total: number; items: GuideRequestView[] }>(listGuideRequests.subject, {});
    expect(own.total).toBe(1);
    expect(own.items.map((i) => i.personId)).toEqual([personA]);
    const other = await app.call<{ total: number; items: GuideRequestView[] }>(
      listGuideRequests.subject,
      {},
      actorOf('volunteer-coordinator', '3201'),
    );
    expect(other.items.map((i) => i.personId)).toEqual([personB]);
  });

  it('refuses a role without the permission with 403 and invalid input with 400', async () => {
    await expect(app.call(listGuideRequests.subject, {}, actorOf('county-analyst'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(registerGuideRequest.subject, { personId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
