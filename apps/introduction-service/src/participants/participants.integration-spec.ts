import { todayInOslo, addDays } from '@ankomst/contracts';
import {
  addParticipant,
  getParticipant,
  listParticipants,
  participantCounts,
  type ParticipantView,
  participantStatusChanged,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordMapping,
} from '@ankomst/contracts/introduction';
import { householdRegistered, personSettled, personUpdated } from '@ankomst/contracts/housing/events';
import { personBasics, settled } from '../test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';
import { actorOf, type IntroductionTestApp, startIntroductionTestApp } from '../test-support/introduction-test-app';

type Page = { total: number; items: ParticipantView[] };

describe('participants from housing events, through NATS on real Postgres', () => {
  let app: IntroductionTestApp;
  const householdId = '0d9a3c8e-5b7f-4f21-8e6a-1c2d3e4f5a6b';
  const head = personBasics({ householdId, givenName: 'Amina', relationship: 'head', birthDate: '1988-02-29' });
  const child = personBasics({ householdId, givenName: 'Bilal', relationship: 'child', birthDate: '2015-06-01' });
  const reunified = personBasics({ givenName: 'Dawit', origin: 'family-reunification' });

  const byPerson = async (personId: string) => {
    const page = await app.call<Page>(listParticipants.subject, { limit: 500 });
    return page.items.find((p) => p.personId === personId);
  };

  beforeAll(async () => {
    app = await startIntroductionTestApp();
  });
  afterAll(() => app?.close());

  it('makes a settled adult of the target group a candidate by themselves, the child not', async () => {
    await app.publish(
      householdRegistered,
      {
        householdId,
        municipality: '1103',
        origin: 'quota-refugee',
        countryOfOrigin: 'SY',
        languages: ['ar'],
        requestedOn: null,
        members: [head, child],
      },
      { aggregateId: householdId, municipality: '1103' },
    );
    await app.publish(personSettled, settled(head, 80), { aggregateId: head.personId, municipality: '1103' });
    await app.publish(personSettled, settled(child, 80), { aggregateId: child.personId, municipality: '1103' });

    const candidate = await eventually(() => byPerson(head.personId));
    expect(candidate).toMatchObject({
      source: 'settled-event',
      status: 'candidate',
      givenName: 'Amina',
      hasChildren: true,
      settledOn: addDays(todayInOslo(), -80),
      eligibility: { eligible: true },
      // settled 80 days ago: about 10 days left, inside the 14-day warning
      deadline: { state: 'warning' },
    });
    expect(await byPerson(child.personId)).toBeUndefined();
  });

  it('stays one candidate with one event when housing repeats a delivery or sends the settlement again', async () => {
    const event = settled(head, 80);
    const id = await app.publish(personSettled, event, { aggregateId: head.personId, municipality: '1103' });
    await app.publish(personSettled, event, { aggregateId: head.personId, municipality: '1103', id });
    const marker = personBasics({ givenName: 'Marker' });
    await app.publish(personSettled, settled(marker, 10), { aggregateId: marker.personId, municipality: '1103' });
    await eventually(() => byPerson(marker.personId));

    const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM participant WHERE person_id = $1`, [head.personId]);
    expect(rows[0].n).toBe(1);
    const events = await app.outbox(participantStatusChanged.subject);
    expect(events.filter((e) => e.envelope.payload['personId'] === head.personId)).toHaveLength(1);
  });

  it('ignores an older person update that arrives after a newer one, and never loses the settlement', async () => {
    const newer = new Date(Date.now() + 60_000).toISOString();
    const older = new Date(Date.now() - 3_600_000).toISOString();
    await app.publish(
      personUpdated,
      { ...head, givenName: 'Aminah', settledOn: addDays(todayInOslo(), -80) },
      { aggregateId: head.personId, municipality: '1103', occurredAt: newer },
    );
    await app.publish(
      personUpdated,
      { ...head, givenName: 'Stale', settledOn: null },
      { aggregateId: head.personId, municipality: '1103', occurredAt: older },
    );
    const marker = personBasics({ givenName: 'Marker2' });
    await app.publish(personUpdated, settled(marker, 5), { aggregateId: marker.personId, municipality: '1103' });
    await eventually(() => byPerson(marker.personId));

    expect(await byPerson(head.personId)).toMatchObject({ givenName: 'Aminah', settledOn: addDays(todayInOslo(), -80) });
  });

  it('leaves family reunification to the advisor, who adds the person by hand with a reason', async () => {
    await app.publish(personSettled, settled(reunified, 20), { aggregateId: reunified.personId, municipality: '1103' });
    const marker = personBasics({ givenName: 'Marker3' });
    await app.publish(personSettled, settled(marker, 5), { aggregateId: marker.personId, municipality: '1103' });
    await eventually(() => byPerson(marker.personId));
    expect(await byPerson(reunified.personId)).toBeUndefined();

    const added = await app.call<ParticipantView>(addParticipant.subject, {
      personId: reunified.personId,
      reason: 'Reunified with a refugee settled in 2025 who is in the programme',
    });
    expect(added).toMatchObject({ source: 'manual', status: 'candidate', eligibility: { eligible: false, needsManualCheck: true } });
    await expect(app.call(addParticipant.subject, { personId: reunified.personId, reason: 'again' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      app.call(addParticipant.subject, { personId: '7a2d2b63-63b4-4d4a-8b75-1d2c8f4e3b21', reason: 'unknown person' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('filters by deadline and searches by name, within the municipality only', async () => {
    const attention = await app.call<Page>(listParticipants.subject, { deadline: 'attention' });
    expect(attention.items.map((p) => p.givenName)).toEqual(['Aminah']);
    const search = await app.call<Page>(listParticipants.subject, { search: 'dawi' });
    expect(search.items.map((p) => p.givenName)).toEqual(['Dawit']);
    const other = await app.call<Page>(listParticipants.subject, {}, actorOf('intro-advisor', '3201'));
    expect(other.total).toBe(0);
    await expect(
      app.call(getParticipant.subject, { participantId: search.items[0].id }, actorOf('intro-advisor', '3201')),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('decides only after mapping and career guidance, and a refusal needs its reason', async () => {
    const participant = await eventually(() => byPerson(head.personId));
    const decision = {
      participantId: participant.id,
      outcome: 'granted',
      decidedOn: todayInOslo(),
      appealInformation: 'You may appeal within 3 weeks to the county governor.',
    };
    await expect(app.call(recordDecision.subject, decision)).rejects.toMatchObject({ code: 'conflict', reason: { code: 'mapping_first' } });

    await app.call(recordMapping.subject, {
      participantId: participant.id,
      languages: ['ar', 'en'],
      education: 'Upper secondary school, science line',
      hasUpperSecondary: true,
      workExperience: 'Pharmacy assistant, 4 years',
      otherCompetence: '',
      interpreterUsed: true,
      mappedOn: addDays(todayInOslo(), -2),
    });
    await app.call(recordCareerGuidance.subject, {
      participantId: participant.id,
      recommendation: 'work',
      note: '',
      recordedOn: addDays(todayInOslo(), -1),
    });

    await expect(app.call(recordDecision.subject, { ...decision, outcome: 'refused', reason: '' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'reason', code: 'reason_required' })],
    });
    await expect(app.call(recordDecision.subject, { ...decision, decidedOn: addDays(todayInOslo(), -3) })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'decidedOn', code: 'date_before' })],
    });
    const granted = await app.call<ParticipantView>(recordDecision.subject, decision);
    expect(granted).toMatchObject({ status: 'granted', decision: { outcome: 'granted' }, deadline: { state: 'decided', daysLeft: null } });
    await expect(app.call(recordDecision.subject, decision)).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'already_decided' },
    });

    const events = (await app.outbox(participantStatusChanged.subject)).filter((e) => e.envelope.payload['personId'] === head.personId);
    expect(events.map((e) => [e.envelope.payload['version'], e.envelope.payload['status']])).toEqual([
      [1, 'candidate'],
      [2, 'mapped'],
      [3, 'mapped'],
      [4, 'granted'],
    ]);
  });

  it('exits only from the programme, with the outcome', async () => {
    const reunifiedId = (await eventually(() => byPerson(reunified.personId))).id;
    await expect(
      app.call(recordExit.subject, { participantId: reunifiedId, reason: 'quit', outcome: 'other', exitedOn: todayInOslo(), note: null }),
    ).rejects.toMatchObject({ code: 'conflict', reason: { code: 'not_in_programme' } });
    await expect(
      app.call(recordExit.subject, { participantId: reunifiedId, reason: 'quit', exitedOn: todayInOslo(), note: null }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'outcome' })],
    });
  });

  it("counts the municipality's candidates and participants per status, zeros included, no other municipality's", async () => {
    const { rows } = await app.sql.query(`SELECT status, count(*)::int AS n FROM participant WHERE municipality = '1103' GROUP BY status`);
    const expected = { candidate: 0, mapped: 0, granted: 0, refused: 0, active: 0, stopped: 0, exited: 0 };
    for (const row of rows as { status: keyof typeof expected; n: number }[]) expected[row.status] = row.n;

    const sut = await app.call<{ byStatus: typeof expected }>(participantCounts.subject, {});

    expect(sut.byStatus).toEqual(expected);
    expect(Object.values(sut.byStatus).reduce((a, b) => a + b, 0)).toBeGreaterThan(2);
    const other = await app.call<{ byStatus: typeof expected }>(participantCounts.subject, {}, actorOf('intro-advisor', '3201'));
    expect(Object.values(other.byStatus).every((n) => n === 0)).toBe(true);
  });

  it('refuses a role without the permission', async () => {
    await expect(app.call(listParticipants.subject, {}, actorOf('county-analyst'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(listParticipants.subject, {}, actorOf('health-worker'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(participantCounts.subject, {}, actorOf('volunteer-coordinator'))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
