import { addDays, addMonths, todayInOslo } from '@ankomst/contracts';
import {
  type ChildFollowUpView,
  type ChildSummary,
  getArrivalChecklist,
  getChildFollowUp,
  handOverChild,
  healthFollowUpChanged,
  listChildren,
  recordChildContact,
  recordChildVaccination,
  setChildRiskGroups,
  updateChecklistItem,
  type ArrivalChecklistView,
} from '@ankomst/contracts/health';
import { personSettled } from '@ankomst/contracts/housing/events';
import { eventually } from '@ankomst/testing';
import { actorOf, type HealthTestApp, settledPerson, startHealthTestApp } from '../test-support/health-test-app';

describe('MIGRA child follow-up (NATS + Postgres)', () => {
  let app: HealthTestApp;
  const today = todayInOslo();
  // Born 7 months ago: rotavirus (6 weeks) and the 3- and 5-month doses are due.
  const baby = settledPerson({ settledOn: today, birthDate: addMonths(today, -7), relationship: 'child' });
  const child = (actor = actorOf()) => app.call<ChildFollowUpView>(getChildFollowUp.subject, { personId: baby.personId }, actor);

  beforeAll(async () => {
    app = await startHealthTestApp();
    await app.consumersReady();
    await app.publish(personSettled, baby);
    await eventually(
      async () => (await app.sql.query(`SELECT 1 FROM child_follow_up WHERE person_id = $1`, [baby.personId])).rows.length === 1,
    );
  }, 60_000);
  afterAll(() => app?.close());

  it('computes the gaps against the programme and closes them as doses are recorded, doses abroad included', async () => {
    const before = await child();
    expect(before.gaps.map((g) => `${g.vaccine}#${g.dose}`)).toEqual([
      'rotavirus#1',
      'dtap-ipv-hib-hepb#1',
      'pcv#1',
      'rotavirus#2',
      'dtap-ipv-hib-hepb#2',
      'pcv#2',
    ]);
    expect(before.gaps.every((g) => g.catchUpBy === today)).toBe(true);
    expect(before.followUpUntil).toBe(addMonths(today, 12));

    const givenAbroad = addDays(addMonths(today, -7), 45);
    const after = await app.call<ChildFollowUpView>(recordChildVaccination.subject, {
      personId: baby.personId,
      vaccine: 'rotavirus',
      givenOn: givenAbroad,
    });
    expect(after.vaccinations).toEqual([expect.objectContaining({ vaccine: 'rotavirus', givenOn: givenAbroad })]);
    expect(after.gaps.map((g) => `${g.vaccine}#${g.dose}`)).not.toContain('rotavirus#1');

    const risk = await app.call<ChildFollowUpView>(setChildRiskGroups.subject, { personId: baby.personId, riskGroups: ['tuberculosis'] });
    expect(risk.gaps[0]).toMatchObject({ vaccine: 'bcg', dose: 1 });

    const listed = await app.call<{ items: ChildSummary[] }>(listChildren.subject, {});
    expect(listed.items).toEqual([expect.objectContaining({ personId: baby.personId, gaps: 6, nextCatchUpBy: today })]);
  });

  it('refuses a dose before birth with 400 naming the field and rule', async () => {
    await expect(
      app.call(recordChildVaccination.subject, { personId: baby.personId, vaccine: 'pcv', givenOn: addMonths(today, -8) }),
    ).rejects.toMatchObject({ code: 'validation_failed', issues: [expect.objectContaining({ field: 'givenOn', code: 'date_before' })] });
  });

  it('records contacts, then hands over to the health station; the follow-up closes once the checklist is done too', async () => {
    await app.call(recordChildContact.subject, {
      personId: baby.personId,
      kind: 'home-visit',
      heldOn: today,
      note: 'Home visit with interpreter',
    });
    const withContact = await app.call<ChildFollowUpView>(recordChildContact.subject, {
      personId: baby.personId,
      kind: 'diet-mapping',
      heldOn: today,
    });
    expect(withContact.contacts.map((c) => c.kind).sort()).toEqual(['diet-mapping', 'home-visit']);

    const items = (await app.call<ArrivalChecklistView>(getArrivalChecklist.subject, { personId: baby.personId })).items;
    for (const item of items) await app.call(updateChecklistItem.subject, { itemId: item.id, status: 'done' });
    expect((await child()).person.followUp).toBe('active');

    const handed = await app.call<ChildFollowUpView>(handOverChild.subject, {
      personId: baby.personId,
      handedOverOn: today,
      to: 'health-station',
    });
    expect(handed).toMatchObject({ handedOverOn: today, handedOverTo: 'health-station', person: { followUp: 'closed' } });
    await expect(app.call(handOverChild.subject, { personId: baby.personId, handedOverOn: today, to: 'gp' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const announced = (await app.outbox(healthFollowUpChanged.subject)).filter((e) => e.aggregateId === baby.personId);
    expect(announced.map((e) => e.envelope.payload['followUp'])).toEqual(['active', 'closed']);
    expect(announced[1].envelope.payload['responsibleUnit']).toBe('migra-station');
    expect((await app.call<{ items: ChildSummary[] }>(listChildren.subject, {})).items).toEqual([]);
  });

  it('is for health workers of the municipality only', async () => {
    await expect(child(actorOf('coordination-member'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(child(actorOf('health-worker', '3201'))).rejects.toMatchObject({ code: 'not_found' });
  });
});
