import { addDays, todayInOslo } from '@ankomst/contracts';
import { type AttentionList, caseOverviewRpc, type CaseView } from '@ankomst/contracts/case-overview';
import { householdRegistered } from '@ankomst/contracts/housing/events';
import { absenceSummarised, participantStatusChanged, planSummaryChanged } from '@ankomst/contracts/introduction/events';
import { eventually } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from '../test-support/case-overview-test-app';
import { family } from '../test-support/housing-fixtures';

describe('the introduction sections of the case view', () => {
  let app: CaseOverviewTestApp;
  const household = family('1103', 'Lundvik');
  const [adult] = household.members;
  const coordinator = actorOf('coordination-member');
  const participantId = randomUUID();
  const deadline = addDays(todayInOslo(), 10);
  const status = (version: number, s: 'candidate' | 'mapped' | 'granted', decidedOn: string | null = null) => ({
    participantId,
    personId: adult.personId,
    householdId: household.householdId,
    municipality: '1103',
    version,
    status: s,
    decisionDeadline: deadline,
    deadlineState: decidedOn ? ('decided' as const) : ('warning' as const),
    decidedOn,
    exitedOn: null,
  });
  const caseView = () => app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, coordinator);
  const opts = { aggregateId: participantId, municipality: '1103' };

  beforeAll(async () => {
    app = await startCaseOverviewTestApp();
    await consumersReady(app);
    await app.publish(householdRegistered, household, { aggregateId: household.householdId, municipality: '1103' });
    await eventually(() => caseView());
  }, 60_000);
  afterAll(() => app?.close());

  it('keeps the newest status when an older one arrives late, and puts the decision deadline on the attention list', async () => {
    await app.publish(participantStatusChanged, status(2, 'mapped'), opts);
    await app.publish(participantStatusChanged, status(1, 'candidate'), opts);
    await app.publish(
      planSummaryChanged,
      {
        participantId,
        personId: adult.personId,
        householdId: household.householdId,
        municipality: '1103',
        version: 3,
        planVersion: 1,
        sluttmaalGroup: 'work-or-basic-education',
        startDate: todayInOslo(),
        endDate: addDays(todayInOslo(), 365),
        fullTime: true,
      },
      opts,
    );
    await eventually(async () => {
      const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM read_model.timeline WHERE department = 'introduction'`);
      return rows[0].n === 2;
    });
    // And for the plan, the last event sent: the section may be written after the timeline row.
    const section = await eventually(async () => {
      const { rows } = await app.sql.query(`SELECT data FROM read_model.section WHERE section = 'introduction' AND subject_id = $1`, [
        adult.personId,
      ]);
      return (rows[0]?.data as { plan?: unknown } | undefined)?.plan ? rows[0].data : undefined;
    });
    expect(section).toMatchObject({
      participant: { version: 2, status: 'mapped' },
      plan: { sluttmaalGroup: 'work-or-basic-education' },
    });

    const attention = await app.call<AttentionList>(
      caseOverviewRpc.attentionList,
      { department: 'introduction' },
      actorOf('intro-advisor'),
    );
    expect(attention.items).toEqual([
      expect.objectContaining({ kind: 'intro-decision', responsibleUnit: 'intro-advisor', dueOn: deadline, personId: adult.personId }),
    ]);
  });

  it('shows the section only with the person’s consent, and absence only under its own scope', async () => {
    await app.publish(
      absenceSummarised,
      {
        participantId,
        personId: adult.personId,
        householdId: household.householdId,
        municipality: '1103',
        version: 4,
        month: todayInOslo().slice(0, 7),
        approvedHours: 7.5,
        unapprovedHours: 3,
      },
      opts,
    );
    await eventually(async () => {
      const { rows } = await app.sql.query(`SELECT 1 FROM read_model.section WHERE section = 'introduction-absence'`);
      return rows.length === 1;
    });
    const restricted = await caseView();
    expect(restricted.members[0].sections['introduction']).toMatchObject({ restricted: true, scope: 'intro-status→coordination-group' });

    await app.call(
      caseOverviewRpc.giveConsent,
      { personId: adult.personId, scope: 'intro-status→coordination-group', evidenceNote: 'signed form' },
      actorOf('intro-advisor'),
    );
    const shared = await caseView();
    expect(shared.members[0].sections['introduction']).toMatchObject({
      restricted: false,
      data: { participant: { status: 'mapped', decisionDeadline: deadline }, plan: { endDate: addDays(todayInOslo(), 365) } },
    });
    expect(shared.members[0].sections['introduction-absence']).toMatchObject({
      restricted: true,
      scope: 'intro-absence→coordination-group',
    });
  });

  it('completes the deadline with the decision', async () => {
    await app.publish(participantStatusChanged, status(5, 'granted', todayInOslo()), opts);
    await eventually(async () => {
      const attention = await app.call<AttentionList>(
        caseOverviewRpc.attentionList,
        { department: 'introduction' },
        actorOf('intro-advisor'),
      );
      return attention.items.length === 0;
    });
  });
});
