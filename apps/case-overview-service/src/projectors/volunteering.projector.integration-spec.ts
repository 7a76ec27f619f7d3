import { addDays, todayInOslo } from '@ankomst/contracts';
import { type AttentionList, caseOverviewRpc, type CaseView } from '@ankomst/contracts/case-overview';
import { householdRegistered } from '@ankomst/contracts/housing/events';
import { guideMatched, guideRequestRegistered } from '@ankomst/contracts/volunteering/events';
import { randomUUID } from 'node:crypto';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from '../test-support/case-overview-test-app';
import { family } from '../test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';

// "Waiting for a guide since" / "has a guide since" in the case view, from the volunteering
// service's events: consent-gated, on the coordinator's attention list while the wait is long,
// and the same whatever order or how often the events arrive.

describe('volunteering in the combined case view', () => {
  let app: CaseOverviewTestApp;
  const household = family('1103', 'Vestheim');
  const [adult, second] = household.members;
  const coordinator = actorOf('coordination-member');
  const today = todayInOslo();
  const registeredOn = addDays(today, -100);
  const requestA = randomUUID();
  const requestB = randomUUID();

  const caseView = () => app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, coordinator);

  beforeAll(async () => {
    app = await startCaseOverviewTestApp();
    await consumersReady(app);
    await app.publish(householdRegistered, household, { aggregateId: household.householdId, municipality: '1103' });
    await eventually(caseView);
  }, 60_000);
  afterAll(() => app?.close());

  it('shows the wait only with consent, and puts a long wait on the volunteer coordinator’s attention list', async () => {
    await app.publish(
      guideRequestRegistered,
      {
        guideRequestId: requestA,
        municipality: '1103',
        personId: adult.personId,
        householdId: household.householdId,
        registeredOn,
        waitAttentionOn: addDays(registeredOn, 84),
      },
      { aggregateId: requestA, municipality: '1103' },
    );
    const restricted = await eventually(async () => {
      const view = await caseView();
      return view.timeline.some((t) => t.kind === 'guide-waiting') ? view : undefined;
    });
    expect(restricted.members[0].sections['volunteering']).toMatchObject({
      restricted: true,
      scope: 'volunteering-status→coordination-group',
    });

    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: adult.personId, scope: 'volunteering-status→coordination-group', evidenceNote: 'signed form' },
      actorOf('intro-advisor'),
    );
    const shared = await caseView();
    expect(shared.members[0].sections['volunteering']).toMatchObject({
      restricted: false,
      data: { guide: 'waiting', since: registeredOn, requestId: requestA },
    });

    const attention = await app.call<AttentionList>(
      caseOverviewRpc.attentionList,
      { department: 'volunteering' },
      actorOf('volunteer-coordinator'),
    );
    expect(attention.items).toEqual([
      expect.objectContaining({
        kind: 'guide-waiting',
        personId: adult.personId,
        responsibleUnit: 'volunteer-coordinator',
        dueOn: addDays(registeredOn, 84),
      }),
    ]);
  });

  it('shows "has a guide since" once matched, closes the attention item, and ignores a duplicate', async () => {
    const matched = {
      matchId: randomUUID(),
      guideRequestId: requestA,
      municipality: '1103',
      personId: adult.personId,
      householdId: household.householdId,
      matchedOn: today,
    };
    await app.publish(guideMatched, matched, { aggregateId: adult.personId, municipality: '1103' });
    await app.publish(guideMatched, matched, { aggregateId: adult.personId, municipality: '1103' });
    const view = await eventually(async () => {
      const current = await caseView();
      const section = current.members[0].sections['volunteering'] as { data?: { guide?: string } };
      return section.data?.guide === 'matched' ? current : undefined;
    });
    expect(view.members[0].sections['volunteering']).toMatchObject({ data: { guide: 'matched', since: today, registeredOn } });
    const attention = await app.call<AttentionList>(
      caseOverviewRpc.attentionList,
      { department: 'volunteering' },
      actorOf('volunteer-coordinator'),
    );
    expect(attention.items.filter((i) => i.personId === adult.personId)).toEqual([]);
  });

  it('keeps "matched" when the match arrives before the registration', async () => {
    await app.publish(
      guideMatched,
      {
        matchId: randomUUID(),
        guideRequestId: requestB,
        municipality: '1103',
        personId: second.personId,
        householdId: household.householdId,
        matchedOn: today,
      },
      { aggregateId: second.personId, municipality: '1103' },
    );
    await app.publish(
      guideRequestRegistered,
      { guideRequestId: requestB, municipality: '1103', personId: second.personId, householdId: household.householdId, registeredOn },
      { aggregateId: requestB, municipality: '1103' },
    );
    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: second.personId, scope: 'volunteering-status→coordination-group', evidenceNote: 'signed form' },
      actorOf('intro-advisor'),
    );
    await eventually(async () => {
      const { rows } = await app.sql.query(
        `SELECT count(*)::int AS n FROM read_model.timeline WHERE person_id = $1 AND kind LIKE 'guide-%'`,
        [second.personId],
      );
      return rows[0].n === 2;
    });
    const view = await caseView();
    expect(view.members[1].sections['volunteering']).toMatchObject({ data: { guide: 'matched', since: today } });
    const attention = await app.call<AttentionList>(
      caseOverviewRpc.attentionList,
      { department: 'volunteering' },
      actorOf('volunteer-coordinator'),
    );
    expect(attention.items.filter((i) => i.personId === second.personId)).toEqual([]);
  });
});
