import { addDays, ANONYMOUS_ROLE, type Actor, todayInOslo } from '@ankomst/contracts';
import {
  answerMatch,
  claimInvitation,
  decideGuide,
  getVolunteeringKpis,
  guideMatched,
  type GuideDetail,
  type GuideRequestView,
  listGuides,
  listOutbox,
  logContact,
  type MatchView,
  myMatches,
  type OutboxMessage,
  type OwnMatchView,
  proposeMatch,
  recordRefugeeAnswer,
  recordScreeningStep,
  registerGuideRequest,
  submitGuideRequest,
  submitVolunteerSignUp,
  suggestGuides,
  type SuggestionView,
  type VolunteeringKpis,
  volunteeringReminders,
} from '@ankomst/contracts/volunteering';
import { actorOf, startVolunteeringTestApp, type VolunteeringTestApp } from '../test-support/volunteering-test-app';

// The whole volunteering flow through NATS on real Postgres and real migrations: sign-up,
// screening, approval, the volunteer's own login, the waiting list, matching and follow-up.

const today = todayInOslo();
const daysAgo = (n: number) => addDays(today, -n);
const anonymous: Actor = { userId: ANONYMOUS_ROLE, role: ANONYMOUS_ROLE, municipality: '1103' };
const volunteerA = actorOf('volunteer', '1103', 'volunteer-user-a');
const volunteerB = actorOf('volunteer', '1103', 'volunteer-user-b');

const signUp = (over: Record<string, unknown> = {}) => ({
  municipality: '1103',
  role: 'refugee-guide',
  name: 'Testa Frivillig',
  email: 'Testa@Example.org',
  birthDate: '1985-04-02',
  gender: 'male',
  languages: ['norsk', 'arabisk'],
  interests: ['fotball', 'tur'],
  profession: 'ingeniør',
  education: 'higher',
  availability: ['weekday-evening'],
  area: 'Sentrum',
  motivation: 'Vil hjelpe.',
  privacyConsent: true,
  website: '',
  fillSeconds: 40,
  ...over,
});

const screen = async (app: VolunteeringTestApp, guideId: string) => {
  for (const [step, on] of [
    ['interview', daysAgo(20)],
    ['start-course', daysAgo(15)],
    ['ethics-declaration', daysAgo(15)],
  ] as const) {
    await app.call(recordScreeningStep.subject, { guideId, step, on });
  }
};

describe('volunteering from sign-up to logged hours', () => {
  let app: VolunteeringTestApp;
  let guideA: GuideDetail;
  let guideBId: string;

  beforeAll(async () => {
    app = await startVolunteeringTestApp();
  }, 60_000);
  afterAll(() => app?.close());

  it('keeps a public sign-up once per e-mail and tells the person either way, and drops a bot silently', async () => {
    await expect(app.call(submitVolunteerSignUp.subject, signUp(), anonymous)).resolves.toEqual({ received: true });
    await expect(
      app.call(submitVolunteerSignUp.subject, signUp({ name: 'Someone Else', email: 'testa@example.org' }), anonymous),
    ).resolves.toEqual({
      received: true,
    });
    await app.call(submitVolunteerSignUp.subject, signUp({ email: 'bot@example.org', website: 'http://spam.example' }), anonymous);
    await app.call(submitVolunteerSignUp.subject, signUp({ email: 'fast@example.org', fillSeconds: 1 }), anonymous);

    const { items } = await app.call<{ items: GuideDetail[] }>(listGuides.subject, {});
    expect(items).toEqual([
      expect.objectContaining({ name: 'Testa Frivillig', repeatedSignUps: 1, status: 'applicant', nextStep: 'interview' }),
    ]);
    const outbox = await app.call<{ items: OutboxMessage[] }>(listOutbox.subject, {});
    expect(outbox.items.map((m) => [m.to, m.kind]).sort()).toEqual([
      ['testa@example.org', 'sign-up-received'],
      ['testa@example.org', 'sign-up-repeated'],
    ]);
  });

  it('refuses what sign-up does not need, a bad e-mail and a 15-year-old, naming field and rule', async () => {
    await expect(app.call(submitVolunteerSignUp.subject, signUp({ nationalId: '01010112345' }), anonymous)).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ code: 'unknown_field' })],
    });
    await expect(app.call(submitVolunteerSignUp.subject, signUp({ email: 'not-an-address' }), anonymous)).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'email', code: 'invalid_email' })],
    });
    await expect(
      app.call(
        submitVolunteerSignUp.subject,
        signUp({ email: 'young@example.org', role: 'youth-buddy', birthDate: addDays(today, -15 * 366) }),
        anonymous,
      ),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ field: 'birthDate', code: 'volunteer_too_young' })] });
  });

  it('screens in order and approves only when every requirement is met, with a login code by message', async () => {
    const [{ id }] = (await app.call<{ items: GuideDetail[] }>(listGuides.subject, {})).items;
    await expect(app.call(recordScreeningStep.subject, { guideId: id, step: 'start-course', on: daysAgo(15) })).rejects.toMatchObject({
      code: 'conflict',
      reason: expect.objectContaining({ code: 'interview-missing' }),
    });
    await expect(app.call(decideGuide.subject, { guideId: id, decision: 'approve' })).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'requirements_missing', params: { blockers: 'interview-missing, start-course-missing, ethics-declaration-missing' } },
    });
    await screen(app, id);
    guideA = await app.call<GuideDetail>(decideGuide.subject, { guideId: id, decision: 'approve' });
    expect(guideA).toMatchObject({ status: 'approved', decidedOn: today, blockers: [], hasLogin: false });

    const outbox = await app.call<{ items: OutboxMessage[] }>(listOutbox.subject, {});
    const invitation = outbox.items.find((m) => m.kind === 'approved-invitation')!;
    const code = /koden ([0-9A-F]+)/.exec(invitation.body)![1];
    await expect(app.call(claimInvitation.subject, { code: 'WRONGCODE' }, volunteerA)).rejects.toMatchObject({ code: 'not_found' });
    await expect(app.call(claimInvitation.subject, { code }, volunteerA)).resolves.toEqual({ linked: true });
    await expect(app.call(claimInvitation.subject, { code }, volunteerB)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('records the police certificate as seen, by whom, for a role with minors', async () => {
    await app.call(
      submitVolunteerSignUp.subject,
      signUp({ email: 'family@example.org', name: 'Familie Test', role: 'friend-family' }),
      anonymous,
    );
    const family = (await app.call<{ items: GuideDetail[] }>(listGuides.subject, {})).items.find((g) => g.name === 'Familie Test')!;
    guideBId = family.id;
    await screen(app, family.id);
    await expect(app.call(decideGuide.subject, { guideId: family.id, decision: 'approve' })).rejects.toMatchObject({
      reason: { code: 'requirements_missing', params: { blockers: 'police-certificate-missing' } },
    });
    await expect(
      app.call(recordScreeningStep.subject, { guideId: family.id, step: 'police-certificate', on: daysAgo(5) }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'certificateDate' })],
    });
    const seen = await app.call<GuideDetail>(recordScreeningStep.subject, {
      guideId: family.id,
      step: 'police-certificate',
      on: daysAgo(5),
      certificateDate: daysAgo(10),
      noRemarks: true,
    });
    expect(seen.policeCertificate).toEqual({
      certificateDate: daysAgo(10),
      type: 'barneomsorgsattest',
      seenOn: daysAgo(5),
      seenBy: 'volunteer-coordinator-1',
      noRemarks: true,
    });
    const { rows } = await app.sql.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'volunteer' AND column_name LIKE '%document%'`,
    );
    expect(rows).toEqual([]);
  });

  it('suggests with explanations, matches when both accept, and shows the volunteer only their own match', async () => {
    const settled = await app.call<GuideRequestView>(registerGuideRequest.subject, {
      personId: '6f1c1a52-52a3-4c39-9a64-0c1b7f3d2a10',
      householdId: 'b0b4b0d1-3f1e-4a57-9d6c-2a64a3b0c9e1',
      registeredOn: daysAgo(30),
      name: 'Venter Test',
      consentConfirmed: true,
      languages: ['arabisk'],
      area: 'sentrum',
      availability: ['weekday-evening'],
      interests: ['fotball'],
      profession: 'Ingeniør',
    });
    await app.call(
      submitGuideRequest.subject,
      {
        municipality: '1103',
        name: 'Egen Forespørsel',
        formLanguage: 'ar',
        languages: ['arabisk'],
        area: 'Sentrum',
        availability: ['weekend'],
        privacyConsent: true,
        website: '',
        fillSeconds: 30,
      },
      anonymous,
    );

    const suggestions = await app.call<{ suggestions: SuggestionView[]; excluded: { name: string; filter: string }[] }>(
      suggestGuides.subject,
      { requestId: settled.id },
    );
    expect(suggestions.suggestions.map((s) => s.guide.id)).toEqual([guideA.id]);
    expect(suggestions.suggestions[0].criteria.find((c) => c.criterion === 'profession')).toEqual({
      criterion: 'profession',
      points: 20,
      max: 20,
      matched: ['ingeniør'],
    });
    // Only approved volunteers are candidates: the friend family, not yet decided, is not among them.
    expect(suggestions.excluded).toEqual([]);
    await expect(app.call(proposeMatch.subject, { requestId: settled.id, guideId: guideBId })).rejects.toMatchObject({
      code: 'conflict',
      reason: { code: 'matching_blocked', params: { blockers: 'not-approved' } },
    });

    const proposed = await app.call<MatchView>(proposeMatch.subject, { requestId: settled.id, guideId: guideA.id });
    expect(proposed).toMatchObject({ status: 'proposed', hoursPerMonth: 8 });
    await expect(app.call(proposeMatch.subject, { requestId: settled.id, guideId: guideA.id })).rejects.toMatchObject({ code: 'conflict' });
    await expect(app.call(answerMatch.subject, { matchId: proposed.id, accept: true }, volunteerB)).rejects.toMatchObject({
      code: 'not_found',
    });
    await app.call(answerMatch.subject, { matchId: proposed.id, accept: true }, volunteerA);
    expect(await app.outbox(guideMatched.subject)).toEqual([]);
    const active = await app.call<MatchView>(recordRefugeeAnswer.subject, { matchId: proposed.id, accept: true });
    expect(active).toMatchObject({ status: 'active', startedOn: today, noContactFlag: false });
    const events = await app.outbox(guideMatched.subject);
    expect(events.map((e) => e.envelope.payload)).toEqual([expect.objectContaining({ personId: settled.personId, matchedOn: today })]);

    const kpisBefore = await app.call<VolunteeringKpis>(getVolunteeringKpis.subject, {});
    const logged = await app.call<OwnMatchView>(
      logContact.subject,
      { matchId: proposed.id, on: today, minutes: 90, note: 'Kaffe' },
      volunteerA,
    );
    expect(logged.totalMinutes).toBe(90);
    await expect(app.call(logContact.subject, { matchId: proposed.id, on: today, minutes: 60 }, volunteerB)).rejects.toMatchObject({
      code: 'not_found',
    });
    const kpisAfter = await app.call<VolunteeringKpis>(getVolunteeringKpis.subject, {});
    expect(kpisAfter.hoursPerMonth).toEqual([{ month: today.slice(0, 7), minutes: 90 }]);
    expect(kpisBefore.hoursPerMonth).toEqual([]);
    expect(kpisAfter).toMatchObject({ activeMatches: 1, waiting: { count: 1 }, genderBalance: [{ gender: 'male', count: 1 }] });

    const mine = await app.call<{ linked: boolean; items: OwnMatchView[] }>(myMatches.subject, {}, volunteerA);
    expect(mine.items.map((m) => m.id)).toEqual([proposed.id]);
    expect(JSON.stringify(mine)).not.toContain(settled.personId!);
    expect(mine.items[0]).not.toHaveProperty('personId');
    await expect(app.call(myMatches.subject, {}, volunteerB)).resolves.toEqual({ linked: false, items: [] });
    await expect(app.call(myMatches.subject, {}, actorOf('volunteer', '3201', 'volunteer-user-a'))).resolves.toEqual({
      linked: false,
      items: [],
    });
  });

  it('keeps the coordinator’s lists from volunteers and other roles, and the municipalities apart', async () => {
    for (const subject of [listGuides.subject, listOutbox.subject, getVolunteeringKpis.subject, volunteeringReminders.subject]) {
      await expect(app.call(subject, {}, volunteerA)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(app.call(subject, {}, actorOf('health-worker'))).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(app.call(listGuides.subject, {}, anonymous)).rejects.toMatchObject({ code: 'forbidden' });
    const other = await app.call<{ items: GuideDetail[] }>(listGuides.subject, {}, actorOf('volunteer-coordinator', '3201'));
    expect(other.items).toEqual([]);
  });
});
