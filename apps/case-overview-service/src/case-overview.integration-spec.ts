import { services } from '@ankomst/contracts';
import {
  type AttentionList,
  caseOverviewApi,
  caseOverviewRpc,
  type CasePage,
  type CaseView,
  type ConsentRecord,
  type RebuildResult,
  type Referral,
  type ReferralList,
} from '@ankomst/contracts/case-overview';
import { dwellingAllocated, dwellingRegistered, householdRegistered, personSettled } from '@ankomst/contracts/housing/events';
import { defaultStreamName } from '@ankomst/platform-messaging';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { todayInOslo } from '@ankomst/contracts';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from './test-support/case-overview-test-app';
import { family, unaccompaniedMinor } from './test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';

// Housing events are published to JetStream as the housing relay would; the real housing
// service drives the same projections in housing-flow.integration-spec.ts.

const coordinator = actorOf('coordination-member');
const advisor = actorOf('intro-advisor');
const healthWorker = actorOf('health-worker');
const otherCoordinator = actorOf('coordination-member', '3201', 'coordination-member-3201');

/** A rebuild replays every department's stream: longer than an ordinary request on a busy machine. */
const rebuildTimeoutMs = 30_000;

describe('case-overview on real NATS and Postgres', () => {
  let app: CaseOverviewTestApp;
  const household = family('1103');
  const minorHousehold = unaccompaniedMinor('1103');
  const elsewhere = family('3201', 'Granlia');
  const [head, spouse, child] = household.members;
  const dwellingId = randomUUID();

  const getCase = (householdId: string, actor = coordinator) => app.call<CaseView>(caseOverviewRpc.getCase, { householdId }, actor);
  const search = (query: Record<string, unknown>, actor = coordinator) => app.call<CasePage>(caseOverviewRpc.searchCases, query, actor);
  const attention = (query: Record<string, unknown> = {}, actor = coordinator) =>
    app.call<AttentionList>(caseOverviewRpc.attentionList, query, actor);
  const publishRegistered = (payload: typeof household) =>
    app.publish(householdRegistered, payload, { aggregateId: payload.householdId, municipality: payload.municipality });

  beforeAll(async () => {
    app = await startCaseOverviewTestApp();
    await consumersReady(app);
    await publishRegistered(household);
    await publishRegistered(minorHousehold);
    await publishRegistered(elsewhere);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows a household registered by housing as a case with members, settlement deadline and timeline', async () => {
    const sut = await eventually(() => getCase(household.householdId));
    expect(sut.status).toBe('registered');
    expect(sut.members.map((m) => m.givenName)).toEqual(['Aster', 'Berhane', 'Celo']);
    expect(sut.members[0].settlement).toMatchObject({ targetMonths: 6, state: 'overdue', settledOn: null });
    expect(sut.members[2]).toMatchObject({ minor: true, relationship: 'child' });
    expect(sut.settlement.state).toBe('overdue');
    expect(sut.timeline[0]).toMatchObject({ department: 'housing', kind: 'household-registered', restricted: false });
  });

  it('shows a department section without consent as restricted with the reason, never as absent', async () => {
    const sut = await getCase(household.householdId);
    expect(sut.members[0].sections['housing']).toEqual({
      restricted: true,
      scope: 'housing-status→coordination-group',
      reason: 'No consent housing-status→coordination-group recorded for this person',
    });
    expect(sut.members[2].sections['housing']).toMatchObject({ restricted: true, reason: expect.stringContaining('under 18') });
    expect(sut.dwelling).toMatchObject({ restricted: true });
  });

  it('follows allocation and settlement, in whatever order the subjects arrive', async () => {
    const tenancyId = randomUUID();
    const today = todayInOslo();
    // The allocation is published before the dwelling it names.
    await app.publish(
      dwellingAllocated,
      { tenancyId, dwellingId, householdId: household.householdId, municipality: '1103', ownership: 'municipal', startDate: today },
      { aggregateId: dwellingId, municipality: '1103' },
    );
    await app.publish(
      dwellingRegistered,
      {
        dwellingId,
        municipality: '1103',
        ownership: 'municipal',
        rooms: 4,
        sizeSquareMetres: 82,
        monthlyRentNok: 11_500,
        accessible: false,
        availableFrom: today,
      },
      { aggregateId: dwellingId, municipality: '1103' },
    );
    for (const person of household.members) {
      await app.publish(
        personSettled,
        { ...person, settledOn: today, daysFromResidencePermit: 220, withinTarget: false },
        { aggregateId: person.personId, municipality: '1103' },
      );
    }
    const sut = await eventually(async () => {
      const view = await getCase(household.householdId);
      return view.status === 'settled' && view.timeline.length >= 5 ? view : undefined;
    });
    expect(sut.members[0].settlement).toMatchObject({ settledOn: today, state: 'missed', days: 220 });
    expect(sut.timeline.filter((t) => t.kind === 'person-settled')).toHaveLength(3);
    // Without consent the dwelling's timeline entry hides its details too.
    expect(sut.timeline.find((t) => t.kind === 'dwelling-allocated')).toMatchObject({ restricted: true, summary: null });
  });

  it('shares a section once consent is given and removes it on the next read after withdrawal', async () => {
    await expect(
      app.call(
        caseOverviewRpc.giveConsent,
        { personId: child.personId, scope: 'housing-status→coordination-group', evidenceNote: 'signed form' },
        advisor,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed', message: expect.stringContaining('under 18') });

    await app.call<ConsentRecord>(
      caseOverviewRpc.giveConsent,
      { personId: head.personId, scope: 'housing-status->coordination-group', evidenceNote: 'signed form, interpreter present' },
      advisor,
    );
    let sut = await getCase(household.householdId);
    expect(sut.members[0].sections['housing']).toMatchObject({
      restricted: false,
      data: { householdStatus: 'settled', dwelling: { dwellingId, rooms: 4, ownership: 'municipal' } },
    });
    expect(sut.dwelling).toMatchObject({ restricted: true, reason: expect.stringContaining('2 of 3 have not') });

    const guardian = await app.call<ConsentRecord>(
      caseOverviewRpc.giveConsent,
      {
        personId: child.personId,
        scope: 'housing-status→coordination-group',
        grantor: 'guardian',
        grantorName: 'Parent (head of household)',
        evidenceNote: 'signed by parent',
      },
      advisor,
    );
    expect(guardian.validTo).toBe('2034-01-19'); // the day before the child's 18th birthday
    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: spouse.personId, scope: 'housing-status→coordination-group', evidenceNote: 'oral, noted in meeting' },
      advisor,
    );
    sut = await getCase(household.householdId);
    expect(sut.dwelling).toMatchObject({ restricted: false, data: { dwellingId } });
    expect(sut.timeline.find((t) => t.kind === 'dwelling-allocated')).toMatchObject({ restricted: false });

    await app.call(
      caseOverviewRpc.withdrawConsent,
      { personId: head.personId, scope: 'housing-status→coordination-group', note: 'by phone to the refugee service' },
      advisor,
    );
    sut = await getCase(household.householdId);
    expect(sut.members[0].sections['housing']).toMatchObject({
      restricted: true,
      reason: `Consent housing-status→coordination-group was withdrawn on ${todayInOslo()}`,
    });
    expect(JSON.stringify(sut.members[0].sections)).not.toContain(dwellingId);
    expect(sut.dwelling).toMatchObject({ restricted: true });
  });

  it('refuses a referral without the consent it needs, naming the missing scope', async () => {
    // The sender is the advisor's own unit, introduction: it shares intro-status with health.
    const request = { personId: spouse.personId, toDepartment: 'health', reason: 'Needs health follow-up after the move' };
    await expect(app.call(caseOverviewRpc.createReferral, request, advisor)).rejects.toMatchObject({
      code: 'forbidden',
      message:
        'A referral from introduction to health needs the consent intro-status→health: No consent intro-status→health recorded for this person',
    });
    // Override needs referral:override (the intro advisor lacks it) and a reason.
    await expect(
      app.call(
        caseOverviewApi.createReferralWithOverride.subject,
        { ...request, overrideReason: 'Acute need, person cannot be reached' },
        advisor,
      ),
    ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('referral:override') });
    // The coordination group shares no department category of its own: its referral needs no consent.
    const fromCoordination = await app.call<Referral>(caseOverviewRpc.createReferral, request, coordinator);
    expect(fromCoordination).toMatchObject({ status: 'open', fromDepartment: 'coordination-group', requiredScope: null });
  });

  it('sends a consented referral that both departments see and the receiver decides', async () => {
    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: head.personId, scope: 'intro-status→health', evidenceNote: 'signed form' },
      advisor,
    );
    const created = await app.call<Referral>(
      caseOverviewRpc.createReferral,
      { personId: head.personId, toDepartment: 'health', reason: 'Health mapping not done' },
      advisor,
    );
    expect(created).toMatchObject({
      status: 'open',
      consentOverridden: false,
      fromDepartment: 'introduction',
      requiredScope: 'intro-status→health',
    });

    const incoming = await app.call<ReferralList>(caseOverviewRpc.listReferrals, { direction: 'incoming' }, healthWorker);
    const outgoing = await app.call<ReferralList>(caseOverviewRpc.listReferrals, { direction: 'outgoing' }, advisor);
    expect(incoming.items.map((r) => r.id)).toContain(created.id);
    expect(outgoing.items.map((r) => r.id)).toContain(created.id);

    await expect(app.call(caseOverviewRpc.decideReferral, { referralId: created.id, decision: 'accept' }, advisor)).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only the receiving department (health) decides this referral',
    });
    await app.call(caseOverviewRpc.decideReferral, { referralId: created.id, decision: 'accept' }, healthWorker);
    await expect(
      app.call(caseOverviewRpc.decideReferral, { referralId: created.id, decision: 'reject', note: 'changed mind' }, healthWorker),
    ).rejects.toMatchObject({ code: 'conflict' });
    const done = await app.call<Referral>(caseOverviewRpc.decideReferral, { referralId: created.id, decision: 'complete' }, healthWorker);
    expect(done).toMatchObject({ status: 'completed', decidedBy: healthWorker.userId });
  });

  it('searches by name, person id, status and deadline state with keyset paging', async () => {
    await eventually(() => getCase(minorHousehold.householdId));
    expect((await search({ name: 'FJORD' })).items.map((i) => i.householdId)).toEqual([household.householdId]);
    expect((await search({ personId: child.personId })).items.map((i) => i.householdId)).toEqual([household.householdId]);
    expect((await search({ status: 'settled' })).items.map((i) => i.householdId)).toEqual([household.householdId]);
    const overdue = await search({ deadline: 'overdue' });
    expect(overdue.items.map((i) => i.householdId)).toEqual([minorHousehold.householdId]);
    expect(overdue.items[0]).toMatchObject({ deadline: 'overdue', members: [expect.objectContaining({ givenName: 'Darius' })] });

    const first = await search({ limit: 1 });
    expect(first.items).toHaveLength(1);
    const second = await search({ limit: 1, cursor: first.nextCursor });
    expect(second.items).toHaveLength(1);
    expect(second.items[0].householdId).not.toBe(first.items[0].householdId);
    expect(second.nextCursor).toBeNull();
  });

  it('lists deadlines due or overdue across departments with the responsible unit, sortable', async () => {
    // The open referral (sent by the coordination group) waits for health's answer within 14 days.
    // The coordination group sees every department's deadlines, the persons only under consent.
    const sut = await eventually(async () => {
      const list = await attention({ sort: 'due' });
      return list.items.length === 2 ? list : undefined;
    });
    expect(sut.items[0]).toMatchObject({
      kind: 'settlement',
      department: 'housing',
      responsibleUnit: 'unaccompanied-minors-service',
      householdId: minorHousehold.householdId,
      givenName: null,
      restricted: true,
      reason: expect.stringContaining('housing-status→coordination-group'),
      state: 'overdue',
    });
    expect(sut.items[0].daysOverdue).toBeGreaterThan(0);
    expect(sut.items[1]).toMatchObject({
      kind: 'referral-answer',
      department: 'health',
      responsibleUnit: 'health',
      personId: null,
      restricted: true,
      state: 'due-soon',
      daysOverdue: 0,
    });
    expect((await attention({ sort: 'due-desc' })).items.map((i) => i.kind)).toEqual(['referral-answer', 'settlement']);
    expect((await attention({ department: 'health' })).items.map((i) => i.kind)).toEqual(['referral-answer']);
    expect((await attention({ withinDays: 0 })).items.map((i) => i.kind)).toEqual(['settlement']);
    // The receiving department sees its own item with the person.
    expect((await attention({}, healthWorker)).items).toEqual([
      expect.objectContaining({ kind: 'referral-answer', personId: spouse.personId, givenName: 'Berhane', restricted: false }),
    ]);
  });

  it('never leaks another municipality into search, case or attention list', async () => {
    const theirs = await eventually(() => getCase(elsewhere.householdId, otherCoordinator));
    expect(theirs.municipality).toBe('3201');

    await expect(getCase(elsewhere.householdId)).rejects.toMatchObject({ code: 'not_found' });
    await expect(getCase(household.householdId, otherCoordinator)).rejects.toMatchObject({ code: 'not_found' });
    expect((await search({ name: 'granlia' })).items).toEqual([]);
    expect((await search({ personId: elsewhere.members[0].personId })).items).toEqual([]);
    expect((await search({ municipality: '3201' })).items).toEqual([]);
    const ours = await search({ limit: 100 });
    expect(ours.items.every((i) => i.municipality === '1103')).toBe(true);
    expect((await search({ name: 'fjordvik' }, otherCoordinator)).items).toEqual([]);

    const ourAttention = await attention({ withinDays: 365 });
    expect(ourAttention.items.map((i) => i.householdId)).not.toContain(elsewhere.householdId);
    const theirAttention = await attention({ withinDays: 365 }, otherCoordinator);
    expect(theirAttention.items.length).toBeGreaterThan(0);
    expect(theirAttention.items.every((i) => i.householdId === elsewhere.householdId)).toBe(true);

    await expect(
      app.call(
        caseOverviewRpc.giveConsent,
        { personId: elsewhere.members[0].personId, scope: 'housing-status→nav', evidenceNote: 'signed' },
        advisor,
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rebuilds an identical read model by replaying the streams, and keeps projecting live afterwards', async () => {
    // Let the consent and referral events reach the timeline first.
    await eventually(async () => {
      const { rows } = await app.sql.query(
        `SELECT count(*)::int AS n FROM read_model.timeline WHERE kind LIKE 'consent-%' OR kind LIKE 'referral-%'`,
      );
      return rows[0].n >= 9;
    });
    const before = await app.dump();
    const result = await app.call<RebuildResult>(caseOverviewRpc.rebuild, {}, actorOf('operations', '0000'), rebuildTimeoutMs);
    expect(result.applied).toBeGreaterThanOrEqual(before['timeline'].length);
    const after = await app.dump();
    expect(after).toEqual(before);

    const late = family('1103', 'Solberg');
    await publishRegistered(late);
    await eventually(() => getCase(late.householdId));
  }, 60_000);

  it('rebuilds to the same model after a burst of events arriving out of order (through the Nx target CLI)', async () => {
    const burst = Array.from({ length: 12 }, (_, i) => family('1103', `Burst${i}`));
    const today = todayInOslo();
    const publishing: Promise<string>[] = [];
    const at = (seconds: number) => new Date(Date.now() - 60_000 + seconds * 1000).toISOString();
    for (const payload of burst) {
      // Published settlements first, registration last (occurred in the real order): live
      // consumers see them in any order, the replay in stream order.
      for (const person of payload.members) {
        publishing.push(
          app.publish(
            personSettled,
            { ...person, settledOn: today, daysFromResidencePermit: 220, withinTarget: false },
            {
              aggregateId: person.personId,
              municipality: '1103',
              occurredAt: at(2),
            },
          ),
        );
      }
      const tenancyId = randomUUID();
      publishing.push(
        app.publish(
          dwellingAllocated,
          { tenancyId, dwellingId, householdId: payload.householdId, municipality: '1103', ownership: 'municipal', startDate: today },
          { aggregateId: dwellingId, municipality: '1103', occurredAt: at(1) },
        ),
      );
      publishing.push(
        app.publish(householdRegistered, payload, { aggregateId: payload.householdId, municipality: '1103', occurredAt: at(0) }),
      );
    }
    await Promise.all(publishing);
    await eventually(async () => {
      const { rows } = await app.sql.query(
        `SELECT count(*)::int AS n FROM read_model.household WHERE status = 'settled' AND origin IS NOT NULL AND household_id = ANY($1::uuid[])`,
        [burst.map((b) => b.householdId)],
      );
      const timeline = await app.sql.query(`SELECT count(*)::int AS n FROM read_model.timeline WHERE household_id = ANY($1::uuid[])`, [
        burst.map((b) => b.householdId),
      ]);
      return rows[0].n === burst.length && timeline.rows[0].n === burst.length * 5;
    }, 30_000);
    const before = await app.dump();

    const cli = await runRebuildCli(app.nats.url);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ applied: expect.any(Number), streams: expect.any(Array) });
    expect(await app.dump()).toEqual(before);
  }, 90_000);

  it('loses nothing published while a rebuild runs (catch-up under the read-model lock)', async () => {
    const during = Array.from({ length: 8 }, (_, i) => family('1103', `During${i}`));
    const rebuilding = app.call<RebuildResult>(caseOverviewRpc.rebuild, {}, actorOf('operations', '0000'), rebuildTimeoutMs);
    for (const payload of during) {
      await publishRegistered(payload);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await rebuilding;
    await eventually(async () => {
      const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM read_model.household WHERE household_id = ANY($1::uuid[])`, [
        during.map((d) => d.householdId),
      ]);
      return rows[0].n === during.length;
    });
    const live = await app.dump();
    await app.call<RebuildResult>(caseOverviewRpc.rebuild, {}, actorOf('operations', '0000'), rebuildTimeoutMs);
    expect(await app.dump()).toEqual(live);
  }, 60_000);

  it('refuses a rebuild when a stream no longer holds its first events', async () => {
    const jsm = await app.publisher.jetstreamManager();
    await jsm.streams.purge(defaultStreamName(services.housing.key), { seq: 2 });
    await expect(app.call(caseOverviewRpc.rebuild, {}, actorOf('operations', '0000'), rebuildTimeoutMs)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('no longer holds its events 1..1'),
    });
  });
});

function runRebuildCli(natsUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/case-overview-service/src/rebuild-cli.ts'], {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NATS_URL: natsUrl },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
