import { addDays, addMonths, todayInOslo } from '@ankomst/contracts';
import {
  absenceSummarised,
  getAttendance,
  getNirReport,
  getOutcomes,
  getStipendBasis,
  listParticipants,
  listPlanVersions,
  type ParticipantView,
  planSummaryChanged,
  type PlanVersionView,
  recordAttendance,
  recordCareerGuidance,
  recordDecision,
  recordExit,
  recordMapping,
  recordStop,
  resumeProgramme,
  savePlan,
} from '@ankomst/contracts/introduction';
import { personSettled } from '@ankomst/contracts/housing/events';
import { personBasics, settled } from '../test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';
import { actorOf, type IntroductionTestApp, startIntroductionTestApp } from '../test-support/introduction-test-app';

/** A granted participant's way through the programme: plan versions, attendance, stipend, exit, outcomes and NIR. */
describe('the programme through NATS on real Postgres', () => {
  let app: IntroductionTestApp;
  let participantId: string;
  const today = todayInOslo();
  const person = personBasics({ givenName: 'Samira', birthDate: '1991-09-09', sex: 'female' });
  const measures = [
    { kind: 'norwegian', description: 'Norwegian A2 class', hoursPerWeek: 15, from: today, to: addMonths(today, 5) },
    { kind: 'samfunnskunnskap', description: '', hoursPerWeek: 4, from: today, to: addMonths(today, 5) },
    { kind: 'livsmestring', description: '', hoursPerWeek: 3.5, from: today, to: addMonths(today, 5) },
    { kind: 'work-practice', description: 'Pharmacy', hoursPerWeek: 15, from: today, to: addMonths(today, 5) },
  ];
  const plan = (overrides: Record<string, unknown> = {}) => ({
    participantId,
    sluttmaalGroup: 'work-or-higher-education',
    goal: 'Work as a pharmacy technician',
    norwegianGoal: 'B1',
    startDate: today,
    endDate: addMonths(today, 5),
    extended: false,
    extensionReason: null,
    contractSignedOn: today,
    measures,
    reason: 'First plan, written with NAV',
    basedOnVersion: 0,
    ...overrides,
  });

  beforeAll(async () => {
    app = await startIntroductionTestApp();
    await app.publish(personSettled, settled(person, 40), { aggregateId: person.personId, municipality: '1103' });
    const candidate = await eventually(async () =>
      (await app.call<{ items: ParticipantView[] }>(listParticipants.subject, {})).items.find((p) => p.personId === person.personId),
    );
    participantId = candidate.id;
  });
  afterAll(() => app?.close());

  it('refuses a plan before the decision', async () => {
    await expect(app.call(savePlan.subject, plan())).rejects.toMatchObject({ code: 'conflict', reason: { code: 'not_granted' } });
    await app.call(recordMapping.subject, {
      participantId,
      languages: ['ar'],
      education: 'Bachelor of pharmacy',
      hasUpperSecondary: true,
      workExperience: '',
      otherCompetence: '',
      interpreterUsed: false,
      mappedOn: today,
    });
    await app.call(recordCareerGuidance.subject, { participantId, recommendation: 'work', note: '', recordedOn: today });
    await app.call(recordDecision.subject, {
      participantId,
      outcome: 'granted',
      decidedOn: today,
      appealInformation: 'Appeal within 3 weeks.',
    });
  });

  it('refuses a plan longer than the group allows without an extension, naming the field and the rule', async () => {
    await expect(app.call(savePlan.subject, plan({ endDate: addMonths(today, 7) }))).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [
        expect.objectContaining({ field: 'endDate', code: 'date_after', params: expect.objectContaining({ date: addMonths(today, 6) }) }),
      ],
    });
    await expect(
      app.call(savePlan.subject, plan({ extended: true, endDate: addMonths(today, 7), extensionReason: '' })),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'extensionReason', code: 'reason_required' })],
    });
  });

  it('saves versions with their reasons, keeps the earlier one readable and refuses a stale edit', async () => {
    const first = await app.call<PlanVersionView>(savePlan.subject, plan());
    expect(first).toMatchObject({ version: 1, fullTime: { missing: [], complete: true } });
    await expect(app.call(savePlan.subject, plan({ reason: 'stale' }))).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'stale_version' },
    });

    const second = await app.call<PlanVersionView>(
      savePlan.subject,
      plan({
        basedOnVersion: 1,
        reason: 'Work practice cut to 10 hours',
        measures: [...measures.slice(0, 3), { ...measures[3], hoursPerWeek: 10 }],
      }),
    );
    expect(second.fullTime).toMatchObject({ complete: false });
    expect(second.fullTime.weeks[0]).toMatchObject({ hours: 32.5, requiredHours: 37.5, fullTime: false });

    const history = await app.call<{ versions: PlanVersionView[] }>(listPlanVersions.subject, { participantId });
    expect(history.versions.map((v) => [v.version, v.reason])).toEqual([
      [2, 'Work practice cut to 10 hours'],
      [1, 'First plan, written with NAV'],
    ]);
    const summaries = await app.outbox(planSummaryChanged.subject);
    expect(summaries.map((e) => [e.envelope.payload['planVersion'], e.envelope.payload['fullTime']])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('records a class at once; a closed month needs a reason and the edit is kept', async () => {
    const old = addDays(today, -60);
    const entry = (day: string, presence: string, hours = 7.5, absenceReason: string | null = null) => ({
      participantId,
      day,
      measureKind: 'norwegian',
      hours,
      presence,
      absenceReason,
    });
    await expect(app.call(recordAttendance.subject, { entries: [entry(old, 'unapproved-absence')] })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'editReason', code: 'reason_required' })],
    });
    await expect(app.call(recordAttendance.subject, { entries: [entry(today, 'approved-absence')] })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'entries.0.absenceReason', code: 'required' })],
    });
    await expect(app.call(recordAttendance.subject, { entries: [entry(addDays(today, 1), 'present')] })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'entries.0.day', code: 'date_in_future' })],
    });

    const saved = await app.call(recordAttendance.subject, {
      entries: [entry(old, 'unapproved-absence'), entry(addDays(old, 1), 'approved-absence', 7.5, 'own-illness')],
      editReason: 'Absence reported late by the school',
    });
    expect(saved).toEqual({ saved: 2, audited: 2, personIds: [person.personId] });
    const { rows } = await app.sql.query(`SELECT reason, before FROM attendance_edit WHERE participant_id = $1`, [participantId]);
    expect(rows).toEqual([
      { reason: 'Absence reported late by the school', before: null },
      { reason: 'Absence reported late by the school', before: null },
    ]);
    const month = old.slice(0, 7);
    const sheet = await app.call<{ closed: boolean; entries: unknown[] }>(getAttendance.subject, { participantId, month });
    expect(sheet).toMatchObject({ closed: true });
    expect(sheet.entries.filter((e) => (e as { day: string }).day.startsWith(month))).toHaveLength(
      addDays(old, 1).startsWith(month) ? 2 : 1,
    );
    expect((await app.outbox(absenceSummarised.subject)).length).toBeGreaterThan(0);
  });

  it('deducts the unapproved hours from the month: 7.5 h × 2G/1850', async () => {
    const month = addDays(today, -60).slice(0, 7);
    const basis = await app.call<{ rate: string; deductionOre: number; unapprovedHours: number; enkeltvedtakRequired: boolean }>(
      getStipendBasis.subject,
      { participantId, month },
    );
    expect(basis).toMatchObject({ rate: 'full', unapprovedHours: 7.5, enkeltvedtakRequired: false });
    const g = month >= '2025-05' ? 130_160 : 124_028;
    expect(basis.deductionOre).toBe(Math.round((7.5 * 2 * g * 100) / 1850));
  });

  it('stops temporarily for at most 3 months, and resumes', async () => {
    const stop = { participantId, kind: 'temporary', ground: 'Long-term illness, decision of today', from: today, to: addMonths(today, 3) };
    await expect(app.call(recordStop.subject, { ...stop, to: addDays(addMonths(today, 3), 1) })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'to', code: 'date_after' })],
    });
    await expect(app.call(recordStop.subject, { ...stop, kind: 'permanent' })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'to', code: 'invalid' })],
    });
    expect(await app.call(recordStop.subject, stop)).toMatchObject({ status: 'stopped', stop: { kind: 'temporary' } });
    expect(await app.call(resumeProgramme.subject, { participantId, resumedOn: today })).toMatchObject({
      status: 'active',
      stop: { to: today },
    });
    await expect(app.call(resumeProgramme.subject, { participantId, resumedOn: today })).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'not_temporarily_stopped' },
    });
  });

  it('exits with an outcome; the outcome report and the NIR report show it', async () => {
    await app.call(recordExit.subject, { participantId, reason: 'goal-reached', outcome: 'work-full-time', exitedOn: today, note: null });
    const year = Number(today.slice(0, 4));
    const outcomes = await app.call<{ total: { exits: number; workOrEducation: number; share: number } }>(getOutcomes.subject, { year });
    // exited today: the follow-up one year after is neither due nor registered
    expect(outcomes.total).toEqual({
      key: 'all',
      exits: 1,
      workOrEducation: 1,
      share: 1,
      followedUp: 0,
      workOrEducationOneYear: 0,
      shareOneYear: null,
    });

    const nir = await app.call<{ valid: boolean; records: { exitReason: string; missing: string[] }[]; csv: string }>(
      getNirReport.subject,
      { year },
    );
    expect(nir).toMatchObject({ valid: true, records: [{ exitReason: 'goal-reached', missing: [] }] });
    expect(nir.csv.split('\n')[1]).toContain(';goal-reached;work-full-time;');
    await expect(app.call(getNirReport.subject, { year }, actorOf('county-analyst'))).rejects.toMatchObject({ code: 'forbidden' });
  });
});
