import {
  type AttentionList,
  caseOverviewRpc,
  type CaseView,
  type ConsentList,
  type Referral,
  type ReferralList,
} from '@ankomst/contracts/case-overview';
import { dwellingAllocated, dwellingRegistered, householdRegistered } from '@ankomst/contracts/housing/events';
import { randomUUID } from 'node:crypto';
import { todayInOslo } from '@ankomst/contracts';
import { actorOf, type CaseOverviewTestApp, consumersReady, startCaseOverviewTestApp } from './test-support/case-overview-test-app';
import { family, unaccompaniedMinor } from './test-support/housing-fixtures';
import { eventually } from '@ankomst/testing';

// Issue #14, need-to-know (forvaltningsloven § 13 b): each role sees what its own work
// needs. Every expectation here is written by hand per role.

const coordinator = actorOf('coordination-member');
const advisor = actorOf('intro-advisor');
const healthWorker = actorOf('health-worker');
const officer = actorOf('housing-officer');
const volunteerCoordinator = actorOf('volunteer-coordinator');

describe('need-to-know in the case-overview service', () => {
  let app: CaseOverviewTestApp;
  const household = family('1103', 'Bakkevik');
  const minor = unaccompaniedMinor('1103');
  const [head, spouse] = household.members;
  const dwellingId = randomUUID();

  beforeAll(async () => {
    app = await startCaseOverviewTestApp();
    await consumersReady(app);
    for (const payload of [household, minor]) {
      await app.publish(householdRegistered, payload, { aggregateId: payload.householdId, municipality: '1103' });
    }
    const today = todayInOslo();
    await app.publish(
      dwellingRegistered,
      {
        dwellingId,
        municipality: '1103',
        ownership: 'municipal',
        rooms: 3,
        sizeSquareMetres: 71,
        monthlyRentNok: 9_800,
        accessible: true,
        availableFrom: today,
      },
      { aggregateId: dwellingId, municipality: '1103' },
    );
    await app.publish(
      dwellingAllocated,
      {
        tenancyId: randomUUID(),
        dwellingId,
        householdId: household.householdId,
        municipality: '1103',
        ownership: 'municipal',
        startDate: today,
      },
      { aggregateId: dwellingId, municipality: '1103' },
    );
    await eventually(async () => {
      const view = await app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, officer);
      return view.status === 'dwelling-allocated' ? view : undefined;
    });
    await eventually(() => app.call(caseOverviewRpc.getCase, { householdId: minor.householdId }, officer));
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  describe('reads checked by the service itself, with break-glass honoured as everywhere', () => {
    const privacyOfficer = actorOf('privacy-officer');
    const grantFor = (personId: string) => ({
      ...privacyOfficer,
      breakGlass: { grantId: randomUUID(), personId, permissions: ['case:read' as const, 'consent:read' as const] },
    });

    it('refuses a role without case:read on the bus, not only at the gateway', async () => {
      for (const [subject, input] of [
        [caseOverviewRpc.getCase, { householdId: household.householdId }],
        [caseOverviewRpc.getCaseOfPerson, { personId: head.personId }],
        [caseOverviewRpc.searchCases, {}],
        [caseOverviewRpc.listConsents, { personId: head.personId }],
      ] as const) {
        await expect(app.call(subject, input, privacyOfficer)).rejects.toMatchObject({ code: 'forbidden' });
      }
    });

    it("lets a break-glass grant open exactly that person's case and consents, and nothing else", async () => {
      const sut = grantFor(head.personId);

      await expect(app.call<CaseView>(caseOverviewRpc.getCaseOfPerson, { personId: head.personId }, sut)).resolves.toMatchObject({
        householdId: household.householdId,
      });
      await expect(app.call(caseOverviewRpc.listConsents, { personId: head.personId }, sut)).resolves.toMatchObject({
        personId: head.personId,
      });
      await expect(app.call(caseOverviewRpc.getCaseOfPerson, { personId: spouse.personId }, sut)).rejects.toMatchObject({
        code: 'forbidden',
      });
      await expect(app.call(caseOverviewRpc.getCase, { householdId: household.householdId }, sut)).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });

  describe('the sender of a referral is the caller’s own unit', () => {
    it('refuses a request that names fromDepartment, whoever poses as whom', async () => {
      const posing = [
        {
          actor: advisor,
          body: { personId: head.personId, fromDepartment: 'coordination-group', toDepartment: 'health', reason: 'Needs a health mapping' },
        },
        {
          actor: healthWorker,
          body: { personId: head.personId, fromDepartment: 'coordination-group', toDepartment: 'nav', reason: 'Needs income support' },
        },
      ];
      for (const { actor, body } of posing) {
        await expect(app.call(caseOverviewRpc.createReferral, body, actor)).rejects.toMatchObject({
          code: 'validation_failed',
          message: expect.stringContaining('fromDepartment'),
        });
      }
      const { rows } = await app.sql.query('SELECT count(*)::int AS n FROM referral');
      expect(rows[0].n).toBe(0);
    });

    it("checks the consent of the caller's own unit's category", async () => {
      await expect(
        app.call(
          caseOverviewRpc.createReferral,
          { personId: head.personId, toDepartment: 'nav', reason: 'Needs income support' },
          healthWorker,
        ),
      ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('needs the consent health-follow-up-status→nav') });
      await expect(
        app.call(
          caseOverviewRpc.createReferral,
          { personId: head.personId, toDepartment: 'health', reason: 'Health mapping not done' },
          advisor,
        ),
      ).rejects.toMatchObject({ code: 'forbidden', message: expect.stringContaining('needs the consent intro-status→health') });
      await expect(
        app.call(
          caseOverviewRpc.createReferral,
          { personId: head.personId, toDepartment: 'introduction', reason: 'To my own unit' },
          advisor,
        ),
      ).rejects.toMatchObject({ code: 'validation_failed', message: expect.stringContaining('your own unit') });
    });
  });

  describe('referral lists', () => {
    let toHealth: Referral;
    let toIntroduction: Referral;

    beforeAll(async () => {
      toHealth = await app.call<Referral>(
        caseOverviewRpc.createReferral,
        { personId: spouse.personId, toDepartment: 'health', reason: 'Sleeps badly since the journey, asks for a doctor' },
        coordinator,
      );
      await app.call(
        caseOverviewRpc.giveConsent,
        { personId: head.personId, scope: 'health-follow-up-status→introduction', evidenceNote: 'signed form' },
        healthWorker,
      );
      toIntroduction = await app.call<Referral>(
        caseOverviewRpc.createReferral,
        { personId: head.personId, toDepartment: 'introduction', reason: 'Ready to start the programme' },
        healthWorker,
      );
    });

    const listed = async (actor: typeof officer, query: Record<string, unknown> = {}) =>
      (await app.call<ReferralList>(caseOverviewRpc.listReferrals, query, actor)).items.map((r) => r.id).sort();

    it('shows a department the referrals it sent or received, and no other', async () => {
      expect(await listed(coordinator)).toEqual([toHealth.id]);
      expect(await listed(healthWorker)).toEqual([toHealth.id, toIntroduction.id].sort());
      expect(await listed(advisor)).toEqual([toIntroduction.id]);
      expect(await listed(officer)).toEqual([]);
    });

    it('shows referrals and consents in the case timeline only to the units whose information they carry', async () => {
      type Entry = CaseView['timeline'][number];
      const timeline = (actor: typeof officer) =>
        app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, actor).then((v) => v.timeline);
      const fromHealth = (entries: Entry[]) => entries.find((t) => t.kind === 'referral-open' && t.department === 'health');
      const healthConsent = (entries: Entry[]) => entries.find((t) => t.kind === 'consent-given' && t.department === 'health');
      await eventually(async () => {
        const entries = await timeline(healthWorker);
        return fromHealth(entries) && healthConsent(entries);
      });

      // That health referred the person, and recorded a health consent, is health information.
      const housing = await timeline(officer);
      expect(fromHealth(housing)).toMatchObject({ restricted: true, summary: null });
      expect(healthConsent(housing)).toMatchObject({ restricted: true, summary: null });
      expect(JSON.stringify(housing)).not.toContain('health-follow-up-status→introduction given');
      // Introduction holds the consent health-follow-up-status→introduction; health sees its own.
      for (const actor of [advisor, healthWorker]) {
        const entries = await timeline(actor);
        expect(fromHealth(entries)).toMatchObject({ restricted: false, summary: 'Referral health → introduction: open' });
        expect(healthConsent(entries)).toMatchObject({ restricted: false });
      }
      // The coordination group's own referral shares no department's category.
      expect(housing.find((t) => t.kind === 'referral-open' && t.department === 'coordination-group')).toMatchObject({ restricted: false });
    });

    it("refuses to list another department's referrals", async () => {
      for (const [actor, department] of [
        [officer, 'health'],
        [advisor, 'health'],
        [coordinator, 'introduction'],
      ] as const) {
        await expect(app.call(caseOverviewRpc.listReferrals, { department }, actor)).rejects.toMatchObject({ code: 'forbidden' });
      }
      expect(await listed(healthWorker, { department: 'health', direction: 'outgoing' })).toEqual([toIntroduction.id]);
    });
  });

  describe('consent registry', () => {
    beforeAll(async () => {
      await app.call(
        caseOverviewRpc.giveConsent,
        { personId: spouse.personId, scope: 'housing-status→coordination-group', evidenceNote: 'told by phone, daughter interpreted' },
        advisor,
      );
      await app.call(
        caseOverviewRpc.withdrawConsent,
        { personId: spouse.personId, scope: 'housing-status→coordination-group', note: 'asked at the counter to stop sharing' },
        advisor,
      );
      await app.call(
        caseOverviewRpc.giveConsent,
        { personId: spouse.personId, scope: 'housing-status→coordination-group', evidenceNote: 'signed form after explanation' },
        advisor,
      );
    });

    it('gives the roles that record consent the whole history with its notes', async () => {
      for (const actor of [advisor, healthWorker]) {
        const sut = await app.call<ConsentList>(caseOverviewRpc.listConsents, { personId: spouse.personId }, actor);
        expect(sut.view).toBe('history');
        expect(sut.consents.map((c) => c.evidenceNote)).toEqual(['signed form after explanation', 'told by phone, daughter interpreted']);
        expect(sut.consents[1].withdrawalNote).toBe('asked at the counter to stop sharing');
      }
    });

    it('gives the roles that only need to know whether sharing is allowed the status per scope, without notes', async () => {
      for (const actor of [officer, coordinator, volunteerCoordinator]) {
        const sut = await app.call<ConsentList>(caseOverviewRpc.listConsents, { personId: spouse.personId }, actor);
        expect(sut.view).toBe('status-per-scope');
        expect(sut.consents).toEqual([
          expect.objectContaining({
            scope: 'housing-status→coordination-group',
            active: true,
            evidenceNote: null,
            withdrawalNote: null,
            grantorName: null,
          }),
        ]);
        expect(JSON.stringify(sut)).not.toMatch(/daughter|counter|signed form/);
      }
    });
  });

  describe('case view: sections by the reader’s own unit plus consent', () => {
    beforeAll(async () => {
      // Every member lets housing share with the coordination group: not with health.
      for (const member of household.members) {
        const minorMember = member.relationship === 'child';
        await app.call(
          caseOverviewRpc.giveConsent,
          {
            personId: member.personId,
            scope: 'housing-status→coordination-group',
            evidenceNote: 'signed form',
            ...(minorMember ? { grantor: 'guardian', grantorName: 'Parent (head of household)' } : {}),
          },
          advisor,
        );
      }
    });

    const view = (actor: typeof officer) => app.call<CaseView>(caseOverviewRpc.getCase, { householdId: household.householdId }, actor);

    it('shows the coordination group what the consent to the coordination group shares', async () => {
      const sut = await view(coordinator);
      expect(sut.dwelling).toMatchObject({ restricted: false, data: { dwellingId } });
      expect(sut.members[0].sections['housing']).toMatchObject({ restricted: false, scope: 'housing-status→coordination-group' });
    });

    it('does not show a health worker what was shared with the coordination group', async () => {
      const sut = await view(healthWorker);
      expect(sut.dwelling).toMatchObject({ restricted: true, scope: 'housing-status→health' });
      expect(sut.members.map((m) => m.sections['housing'])).toEqual(
        household.members.map(() => expect.objectContaining({ restricted: true, scope: 'housing-status→health' })),
      );
      expect(sut.timeline.find((t) => t.kind === 'dwelling-allocated')).toMatchObject({ restricted: true, summary: null });
      expect(JSON.stringify(sut)).not.toContain(dwellingId);
    });

    it("shows the housing office its own department's data without a consent", async () => {
      const sut = await view(officer);
      expect(sut.dwelling).toMatchObject({ restricted: false, data: { dwellingId } });
      expect(sut.members[0].sections['housing']).toMatchObject({ restricted: false });
    });
  });

  describe('attention list', () => {
    const items = (actor: typeof officer, query: Record<string, unknown> = {}) =>
      app.call<AttentionList>(caseOverviewRpc.attentionList, { withinDays: 365, ...query }, actor);

    it("shows each department only its own department's items", async () => {
      const housing = await items(officer);
      expect(housing.items.length).toBeGreaterThan(0);
      expect(housing.items.every((i) => i.department === 'housing' && !i.restricted)).toBe(true);
      expect(housing.items.find((i) => i.householdId === minor.householdId)).toMatchObject({ givenName: 'Darius' });

      const health = await eventually(async () => {
        const list = await items(healthWorker);
        return list.items.length > 0 ? list : undefined;
      });
      expect(health.items.map((i) => [i.department, i.personId])).toEqual([['health', spouse.personId]]);

      const introduction = await eventually(async () => {
        const list = await items(advisor);
        return list.items.length > 0 ? list : undefined;
      });
      expect(introduction.items.every((i) => i.department === 'introduction')).toBe(true);
      expect(JSON.stringify((await items(advisor)).items)).not.toContain('Darius');
    });

    it('refuses a department role the filter for another department', async () => {
      await expect(items(officer, { department: 'health' })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(items(advisor, { department: 'housing' })).rejects.toMatchObject({ code: 'forbidden' });
      // Volunteering has no deadlines here: its own list is empty, not everyone else's.
      expect(await items(volunteerCoordinator)).toEqual({ items: [] });
    });

    it("shows the coordination group other departments' items, the person only under consent", async () => {
      const sut = await items(coordinator);
      const healthItem = sut.items.find((i) => i.department === 'health');
      expect(healthItem).toMatchObject({ restricted: true, personId: null, givenName: null, detail: null });
      expect(healthItem?.reason).toContain('health-follow-up-status→coordination-group');
      const minorItem = sut.items.find((i) => i.householdId === minor.householdId);
      expect(minorItem).toMatchObject({ restricted: true, givenName: null });
    });
  });
});
