import { addDays, addMonths, todayInOslo } from '@ankomst/contracts';
import {
  getOutcomes,
  listParticipants,
  type OutcomeReport,
  type ParticipantView,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordFollowUp,
  recordMapping,
} from '@ankomst/contracts/introduction';
import { personSettled } from '@ankomst/contracts/housing/events';
import { personBasics, settled } from '../test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';
import { actorOf, type IntroductionTestApp, startIntroductionTestApp } from '../test-support/introduction-test-app';

/** The follow-up one year after the exit, through NATS on real Postgres with the real migrations. */
describe('the follow-up one year after the exit', () => {
  let app: IntroductionTestApp;
  const today = todayInOslo();
  const day = (daysAgo: number) => addDays(today, -daysAgo);
  // Settled 520 days ago, exited 400 days ago: the follow-up is due 35 days or so ago.
  const person = personBasics({ givenName: 'Oddny', sex: 'female', residencePermitDate: day(560) });
  const notExited = personBasics({ givenName: 'Kari', sex: 'female', residencePermitDate: day(120) });
  const exitedOn = day(400);
  const dueOn = addMonths(exitedOn, 12);
  let participantId: string;
  let notExitedId: string;

  const find = async (personId: string) =>
    (await app.call<{ items: ParticipantView[] }>(listParticipants.subject, {})).items.find((p) => p.personId === personId);

  beforeAll(async () => {
    app = await startIntroductionTestApp();
    await app.publish(personSettled, settled(person, 520), { aggregateId: person.personId, municipality: '1103' });
    await app.publish(personSettled, settled(notExited, 60), { aggregateId: notExited.personId, municipality: '1103' });
    participantId = (await eventually(() => find(person.personId))).id;
    notExitedId = (await eventually(() => find(notExited.personId))).id;
    await app.call(recordMapping.subject, {
      participantId,
      languages: ['ti'],
      education: 'Nine years of school',
      hasUpperSecondary: false,
      workExperience: 'Tailor',
      otherCompetence: '',
      interpreterUsed: true,
      mappedOn: day(515),
    });
    await app.call(recordCareerGuidance.subject, { participantId, recommendation: 'work', note: '', recordedOn: day(512) });
    await app.call(recordDecision.subject, {
      participantId,
      outcome: 'granted',
      decidedOn: day(510),
      appealInformation: 'You may appeal within 3 weeks to the county governor.',
    });
  });
  afterAll(() => app?.close());

  const followUp = (overrides: Record<string, unknown> = {}) => ({
    participantId,
    status: 'work-part-time',
    observedOn: today,
    note: null,
    ...overrides,
  });

  it('refuses a follow-up before the exit', async () => {
    await expect(app.call(recordFollowUp.subject, followUp())).rejects.toMatchObject({ code: 'conflict', reason: { code: 'not_exited' } });
    await expect(app.call(recordFollowUp.subject, followUp({ participantId: notExitedId }))).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'not_exited' },
    });
  });

  it('refuses a status observed before the exit date + 1 year with date_too_early naming the due day, and writes nothing', async () => {
    const exited = await app.call<ParticipantView>(recordExit.subject, {
      participantId,
      reason: 'time-used',
      outcome: 'other',
      exitedOn,
      note: null,
    });
    expect(exited).toMatchObject({ status: 'exited', followUp: null, followUpDueOn: dueOn });

    await expect(app.call(recordFollowUp.subject, followUp({ observedOn: addDays(dueOn, -1) }))).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'observedOn', code: 'date_too_early', params: { min: dueOn } })],
    });
    const { rows } = await app.sql.query(`SELECT follow_up FROM participant WHERE id = $1`, [participantId]);
    expect(rows[0].follow_up).toBeNull();
  });

  it('registers the status from the due day on, and a later registration replaces it', async () => {
    const first = await app.call<ParticipantView>(recordFollowUp.subject, followUp({ status: 'other', observedOn: dueOn }));
    expect(first.followUp).toEqual({ status: 'other', observedOn: dueOn, note: null });

    const corrected = await app.call<ParticipantView>(
      recordFollowUp.subject,
      followUp({ status: 'work-part-time', observedOn: addDays(dueOn, 2), note: 'Part time at a sewing workshop' }),
    );
    expect(corrected).toMatchObject({
      status: 'exited',
      followUp: { status: 'work-part-time', observedOn: addDays(dueOn, 2), note: 'Part time at a sewing workshop' },
    });
    const { rows } = await app.sql.query(`SELECT follow_up FROM participant WHERE id = $1`, [participantId]);
    expect(rows[0].follow_up).toMatchObject({ status: 'work-part-time', recordedBy: expect.any(String) });
  });

  it('the database itself refuses a follow-up before it is due', async () => {
    await expect(
      app.sql.query(`UPDATE participant SET follow_up = jsonb_build_object('status', 'education', 'observedOn', $2::text) WHERE id = $1`, [
        participantId,
        addDays(dueOn, -1),
      ]),
    ).rejects.toThrow(/participant_follow_up_complete/);
  });

  it('counts it in the exit year: 0 of 1 at exit, 1 of 1 registered one year after against 70 %', async () => {
    const report = await app.call<OutcomeReport>(getOutcomes.subject, { year: Number(exitedOn.slice(0, 4)) });
    expect(report).toMatchObject({ target: 0.55, targetOneYear: 0.7, followUpsDue: 1 });
    expect(report.total).toEqual({
      key: 'all',
      exits: 1,
      workOrEducation: 0,
      share: 0,
      followedUp: 1,
      workOrEducationOneYear: 1,
      shareOneYear: 1,
    });
    expect(report.byGender).toEqual([expect.objectContaining({ key: 'female', followedUp: 1, shareOneYear: 1 })]);
    expect(report.bySluttmaalGroup).toEqual([expect.objectContaining({ key: 'no-plan', followedUp: 1, shareOneYear: 1 })]);
  });

  it('is the intro advisor’s and the municipality’s own', async () => {
    await expect(app.call(recordFollowUp.subject, followUp(), actorOf('county-analyst'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(recordFollowUp.subject, followUp(), actorOf('intro-advisor', '3201'))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
