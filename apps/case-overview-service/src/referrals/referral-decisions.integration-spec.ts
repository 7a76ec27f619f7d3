import { caseOverviewRpc, type Referral, type ReferralList } from '@ankomst/contracts/case-overview';
import { householdRegistered } from '@ankomst/contracts/housing/events';
import { eventually } from '@ankomst/testing';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from '../test-support/case-overview-test-app';
import { family } from '../test-support/housing-fixtures';

// Who may answer a referral, stated by hand: only a user of the receiving unit who may write
// referrals; never its sender, another unit, a reader, or another municipality.
const advisor = actorOf('intro-advisor');
const healthWorker = actorOf('health-worker');
const coordinator = actorOf('coordination-member');
const housingOfficer = actorOf('housing-officer');
const volunteerCoordinator = actorOf('volunteer-coordinator');
const otherHealthWorker = actorOf('health-worker', '3201', 'health-worker-3201');

describe('answering a referral', () => {
  let app: CaseOverviewTestApp;
  const household = family('1103');
  const [head] = household.members;

  const refer = (reason: string) =>
    app.call<Referral>(caseOverviewRpc.createReferral, { personId: head.personId, toDepartment: 'health', reason }, coordinator);
  const decide = (referralId: string, decision: string, actor = healthWorker, note?: string) =>
    app.call<Referral>(caseOverviewRpc.decideReferral, { referralId, decision, note }, actor);

  beforeAll(async () => {
    app = await startCaseOverviewTestApp();
    await consumersReady(app);
    await app.publish(householdRegistered, household, { aggregateId: household.householdId, municipality: '1103' });
    await eventually(async () => {
      const rows = await app.sql.query(`SELECT 1 FROM read_model.person WHERE person_id = $1`, [head.personId]);
      return rows.rowCount ? true : undefined;
    });
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('lets only the receiving unit answer: not the sender, another unit, a reader or another municipality', async () => {
    const referral = await refer('Needs a health examination');

    await expect(decide(referral.id, 'accept', coordinator)).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only the receiving department (health) decides this referral',
    });
    await expect(decide(referral.id, 'accept', advisor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(decide(referral.id, 'accept', housingOfficer)).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('referral:write'),
    });
    await expect(decide(referral.id, 'accept', volunteerCoordinator)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(decide(referral.id, 'accept', otherHealthWorker)).rejects.toMatchObject({ code: 'not_found' });

    const unchanged = await app.call<ReferralList>(caseOverviewRpc.listReferrals, { personId: head.personId }, healthWorker);
    expect(unchanged.items.find((r) => r.id === referral.id)).toMatchObject({ status: 'open', decidedBy: null });

    await expect(decide(referral.id, 'accept')).resolves.toMatchObject({ status: 'accepted', decidedBy: healthWorker.userId });
  });

  it('refuses a rejection without a reason, naming the field, and stores the reason given', async () => {
    const referral = await refer('Asks for follow-up of vaccinations');

    await expect(decide(referral.id, 'reject')).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'note' })],
    });
    await expect(decide(referral.id, 'reject', healthWorker, ' ')).rejects.toMatchObject({ code: 'validation_failed' });

    const rejected = await decide(referral.id, 'reject', healthWorker, 'Followed up by the regular GP');
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: 'Followed up by the regular GP', decidedBy: healthWorker.userId });
    await expect(decide(referral.id, 'accept')).rejects.toMatchObject({ code: 'conflict' });
  });

  it('completes only an accepted referral, once', async () => {
    const referral = await refer('Needs tuberculosis screening');

    await expect(decide(referral.id, 'complete')).rejects.toMatchObject({
      code: 'conflict',
      message: 'The referral is open: it cannot be completed now',
    });
    await decide(referral.id, 'accept');
    const completed = await decide(referral.id, 'complete');
    expect(completed).toMatchObject({ status: 'completed', decidedBy: healthWorker.userId });
    expect(completed.completedAt).not.toBeNull();
    await expect(decide(referral.id, 'complete')).rejects.toMatchObject({ code: 'conflict' });
  });

  it("shows a unit's referral list to that unit only", async () => {
    await expect(app.call(caseOverviewRpc.listReferrals, {}, volunteerCoordinator)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(caseOverviewRpc.listReferrals, { department: 'health' }, advisor)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const advisorsList = await app.call<ReferralList>(caseOverviewRpc.listReferrals, {}, advisor);
    expect(advisorsList.items).toEqual([]);
  });
});
