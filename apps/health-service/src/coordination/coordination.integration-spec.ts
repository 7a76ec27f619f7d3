import { addDays, todayInOslo } from '@ankomst/contracts';
import {
  addCoordinationAction,
  addCoordinationMember,
  closeCoordinationCase,
  completeCoordinationAction,
  type CoordinationCaseSummary,
  type CoordinationCaseView,
  getCoordinationCase,
  listCoordinationCases,
  openCoordinationCase,
  recordCoordinationMeeting,
  recordCoordinationMinutes,
  updateCoordinationCase,
} from '@ankomst/contracts/health';
import { personSettled } from '@ankomst/contracts/housing/events';
import { eventually } from '@ankomst/testing';
import { actorOf, type HealthTestApp, settledPerson, startHealthTestApp } from '../test-support/health-test-app';

describe('coordination-group cases (NATS + Postgres)', () => {
  let app: HealthTestApp;
  const today = todayInOslo();
  const lead = actorOf('health-worker', '1103', 'coordinator-1');
  const childWelfare = actorOf('coordination-member', '1103', 'child-welfare-1');
  const outsider = actorOf('coordination-member', '1103', 'ppt-9');
  const mother = settledPerson({ settledOn: addDays(today, -30), familyName: 'Testfamilie' });
  const son = settledPerson({
    settledOn: addDays(today, -30),
    householdId: mother.householdId,
    birthDate: '2019-04-04',
    relationship: 'child',
  });

  beforeAll(async () => {
    app = await startHealthTestApp();
    await app.consumersReady();
    await app.publish(personSettled, mother);
    await app.publish(personSettled, son);
    await eventually(async () => (await app.sql.query(`SELECT 1 FROM health_person`)).rows.length === 2);
  }, 60_000);
  afterAll(() => app?.close());

  it('takes a family from referral to closure with a meeting and actions; only members see the case', async () => {
    const opened = await app.call<CoordinationCaseView>(
      openCoordinationCase.subject,
      {
        householdId: mother.householdId,
        referredBy: 'unit',
        referredFrom: 'intro-centre',
        referredOn: addDays(today, -2),
        reason: 'Family needs coordinated follow-up',
        serviceNeeds: ['disability', 'special-education'],
        ownUnit: 'refugee-health-service',
      },
      lead,
    );
    expect(opened).toMatchObject({
      status: 'open',
      familyName: 'Testfamilie',
      members: [{ userId: 'coordinator-1', unit: 'refugee-health-service' }],
    });
    expect(opened.personIds.sort()).toEqual([mother.personId, son.personId].sort());
    const caseId = opened.id;

    await expect(app.call(getCoordinationCase.subject, { caseId }, childWelfare)).rejects.toMatchObject({ code: 'not_found' });
    await app.call(addCoordinationMember.subject, { caseId, userId: 'child-welfare-1', unit: 'child-welfare' }, lead);
    await expect(app.call(getCoordinationCase.subject, { caseId }, childWelfare)).resolves.toMatchObject({ id: caseId });

    const met = await app.call<CoordinationCaseView>(
      recordCoordinationMeeting.subject,
      { caseId, heldOn: today, agenda: '1. Service needs\n2. Application to IMDi' },
      childWelfare,
    );
    const meetingId = met.meetings[0].id;
    await app.call(recordCoordinationMinutes.subject, { caseId, meetingId, minutes: 'Agreed on PPT assessment' }, lead);
    await app.call(
      addCoordinationAction.subject,
      { caseId, meetingId, description: 'Refer to PPT', responsibleUnit: 'ppt', dueOn: addDays(today, 14) },
      lead,
    );
    const withActions = await app.call<CoordinationCaseView>(
      addCoordinationAction.subject,
      { caseId, description: 'Apply for ekstratilskudd', responsibleUnit: 'refugee-health-service', dueOn: addDays(today, -1) },
      lead,
    );
    expect(withActions.actions.map((a) => [a.responsibleUnit, a.overdue])).toEqual([
      ['refugee-health-service', true],
      ['ppt', false],
    ]);
    await app.call(updateCoordinationCase.subject, { caseId, individualPlan: true }, lead);
    await app.call(completeCoordinationAction.subject, { caseId, actionId: withActions.actions[0].id, doneOn: today }, lead);

    const listed = await app.call<{ items: CoordinationCaseSummary[] }>(listCoordinationCases.subject, {}, childWelfare);
    expect(listed.items).toEqual([
      expect.objectContaining({ id: caseId, openActions: 1, nextActionDue: addDays(today, 14), individualPlan: true }),
    ]);
    expect((await app.call<{ items: unknown[] }>(listCoordinationCases.subject, {}, outsider)).items).toEqual([]);

    const closed = await app.call<CoordinationCaseView>(
      closeCoordinationCase.subject,
      { caseId, closedOn: today, reason: 'handed-to-ordinary-services' },
      lead,
    );
    expect(closed).toMatchObject({ status: 'closed', closedOn: today, closureReason: 'handed-to-ordinary-services' });
    expect(closed.meetings[0]).toMatchObject({ agenda: '1. Service needs\n2. Application to IMDi', minutes: 'Agreed on PPT assessment' });
    await expect(app.call(addCoordinationMember.subject, { caseId, userId: 'x', unit: 'ppt' }, lead)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses bad input with the field and rule, and roles outside the group with 403', async () => {
    await expect(
      app.call(
        openCoordinationCase.subject,
        { householdId: mother.householdId, referredBy: 'unit', referredOn: today, reason: 'x', ownUnit: 'ppt' },
        lead,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed', issues: [expect.objectContaining({ field: 'referredFrom', code: 'required' })] });
    await expect(app.call(listCoordinationCases.subject, {}, actorOf('housing-officer'))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
