import { defineEvent } from '@ankomst/contracts';
import { type AttentionList, caseOverviewRpc, type CaseView } from '@ankomst/contracts/case-overview';
import { householdRegistered } from '@ankomst/contracts/housing/events';
import { ensureStream } from '@ankomst/platform-messaging';
import { z } from 'zod';
import { projectors } from './projectors';
import { addTimelineEntry, lockAggregate, refreshHousehold, upsertDeadline, upsertSection } from './read-model/household-core';
import { on, type Projector } from './read-model/projector';
import { addDays, todayInOslo } from '@ankomst/contracts';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from './test-support/case-overview-test-app';
import { family } from './test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';

// Proof of the extension point: a department the core has never heard of joins the case
// view, the attention list and the rebuild by one projector (handlers + section) alone.

const guideMatched = defineEvent(
  'ankomst.probe.guide-matched.v1',
  z.object({ personId: z.uuid(), householdId: z.uuid(), matchedOn: z.string(), followUpBy: z.string() }),
);

/** What a department's projector file contains (a probe beside the real volunteering projector). */
const probeProjector: Projector = {
  name: 'probe',
  section: { key: 'probe', department: 'volunteering', category: 'volunteering-status' },
  handlers: [
    on(guideMatched, async (event, manager) => {
      const p = event.payload;
      await lockAggregate(manager, p.householdId);
      await upsertSection(manager, p.personId, 'probe', p.householdId, { guide: 'matched', since: p.matchedOn });
      await upsertDeadline(manager, {
        deadlineId: `guide-follow-up:${p.personId}`,
        municipality: event.municipality,
        householdId: p.householdId,
        personId: p.personId,
        department: 'volunteering',
        kind: 'guide-follow-up',
        responsibleUnit: 'volunteer-coordinator',
        dueOn: p.followUpBy,
        completedOn: null,
        detail: 'Follow up the refugee guide match',
      });
      await addTimelineEntry(manager, {
        eventId: event.id,
        householdId: p.householdId,
        personId: p.personId,
        municipality: event.municipality,
        department: 'volunteering',
        kind: 'guide-matched',
        category: 'volunteering-status',
        occurredAt: event.occurredAt,
        summary: `Refugee guide matched on ${p.matchedOn}`,
      });
      await refreshHousehold(manager, p.householdId);
    }),
  ],
};

describe('adding a department is adding a projector', () => {
  let app: CaseOverviewTestApp;
  const household = family('1103', 'Vestheim');
  const [adult] = household.members;
  const coordinator = actorOf('coordination-member');

  beforeAll(async () => {
    app = await startCaseOverviewTestApp({
      projectors: [...projectors, probeProjector],
      // The probe's producer would declare its stream; here the test does.
      beforeBoot: async (nc) => {
        await ensureStream(await nc.jetstreamManager(), {
          name: 'ANKOMST_PROBE',
          subjects: [guideMatched.subject],
          duplicateWindowMs: 60_000,
          maxAgeMs: 3600_000,
        });
      },
    });
    await consumersReady(app);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('shows the new section (consent-gated), its deadline and timeline, and rebuilds them', async () => {
    await app.publish(householdRegistered, household, { aggregateId: household.householdId, municipality: '1103' });
    await eventually(() => app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, coordinator));
    await app.publish(
      guideMatched,
      { personId: adult.personId, householdId: household.householdId, matchedOn: todayInOslo(), followUpBy: addDays(todayInOslo(), 3) },
      { aggregateId: adult.personId, municipality: '1103' },
    );

    const restricted = await eventually(async () => {
      const view = await app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, coordinator);
      return view.timeline.some((t) => t.kind === 'guide-matched') ? view : undefined;
    });
    expect(restricted.members[0].sections['probe']).toMatchObject({
      restricted: true,
      scope: 'volunteering-status→coordination-group',
    });
    expect(restricted.members[1].sections['probe']).toMatchObject({ restricted: true });
    expect(restricted.timeline.find((t) => t.kind === 'guide-matched')).toMatchObject({ restricted: true, summary: null });

    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: adult.personId, scope: 'volunteering-status→coordination-group', evidenceNote: 'signed form' },
      actorOf('intro-advisor'),
    );
    const shared = await app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, coordinator);
    expect(shared.members[0].sections['probe']).toEqual({
      restricted: false,
      scope: 'volunteering-status→coordination-group',
      data: { guide: 'matched', since: todayInOslo() },
    });

    const attention = await app.call<AttentionList>(caseOverviewRpc.attentionList, { department: 'volunteering' }, coordinator);
    expect(attention.items).toEqual([
      expect.objectContaining({
        kind: 'guide-follow-up',
        responsibleUnit: 'volunteer-coordinator',
        personId: adult.personId,
        state: 'due-soon',
      }),
    ]);

    await eventually(async () => {
      const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM read_model.timeline WHERE kind = 'consent-given'`);
      return rows[0].n === 1;
    });
    const before = await app.dump();
    await app.call(caseOverviewRpc.rebuild, {}, actorOf('operations', '0000'));
    expect(await app.dump()).toEqual(before);
  }, 60_000);
});
