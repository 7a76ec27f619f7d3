import { addDays, addMonths, todayInOslo } from '@ankomst/contracts';
import {
  type ArrivalChecklistView,
  type ChecklistItemView,
  type ChecklistSummary,
  getArrivalChecklist,
  healthFollowUpChanged,
  listArrivalChecklists,
  updateChecklistItem,
} from '@ankomst/contracts/health';
import { personSettled } from '@ankomst/contracts/housing/events';
import { randomUUID } from 'node:crypto';
import { eventually } from '@ankomst/testing';
import { actorOf, type HealthTestApp, settledPerson, startHealthTestApp } from '../test-support/health-test-app';

// The arrival checklist from the housing service's person-settled event, through JetStream
// and the service's inbox, on real Postgres with the real migrations.

describe('arrival checklists from person-settled (NATS + Postgres)', () => {
  let app: HealthTestApp;
  const today = todayInOslo();

  const checklistOf = (personId: string, actor = actorOf()) =>
    app.call<ArrivalChecklistView>(getArrivalChecklist.subject, { personId }, actor);
  const settled = (personId: string) =>
    eventually(async () => {
      const { rows } = await app.sql.query(`SELECT 1 FROM health_person WHERE person_id = $1`, [personId]);
      return rows.length === 1;
    });
  const inboxCount = async () => (await app.sql.query(`SELECT count(*)::int AS n FROM inbox`)).rows[0].n as number;

  beforeAll(async () => {
    app = await startHealthTestApp();
    await app.consumersReady();
  }, 60_000);
  afterAll(() => app?.close());

  it('plans an adult’s checklist from the day of settlement and announces only status and unit', async () => {
    const adult = settledPerson({ settledOn: today, birthDate: '1990-05-10' });
    await app.publish(personSettled, adult);
    await settled(adult.personId);

    const sut = await checklistOf(adult.personId);
    expect(sut.person).toMatchObject({
      personId: adult.personId,
      arrivedOn: today,
      followUp: 'active',
      responsibleUnit: 'refugee-health-service',
    });
    expect(sut.items.map((i) => i.kind).sort()).toEqual([
      'adult-mmr',
      'adult-polio',
      'health-examination',
      'mental-health-screening',
      'tuberculosis-screening',
    ]);
    expect(sut.items[0]).toMatchObject({
      kind: 'tuberculosis-screening',
      recommendedBy: addDays(today, 2),
      dueOn: addDays(today, 14),
      alertFrom: addDays(today, 10),
      status: 'due',
      state: 'pending',
      daysLeft: 14,
    });
    expect(sut.items.find((i) => i.kind === 'health-examination')?.dueOn).toBe(addMonths(today, 3));

    const events = await app.outbox(healthFollowUpChanged.subject);
    const mine = events.filter((e) => e.aggregateId === adult.personId);
    expect(mine).toHaveLength(1);
    expect(Object.keys(mine[0].envelope.payload).sort()).toEqual([
      'changedOn',
      'followUp',
      'householdId',
      'municipality',
      'personId',
      'responsibleUnit',
    ]);
    expect(mine[0].envelope.payload).toMatchObject({ followUp: 'active', responsibleUnit: 'refugee-health-service' });
  });

  it('applies a redelivered event once: one person, one checklist, one announcement', async () => {
    const adult = settledPerson({ settledOn: today });
    const id = randomUUID();
    const before = await inboxCount();
    await app.publish(personSettled, adult, { id });
    await app.publish(personSettled, adult, { id });
    await settled(adult.personId);
    await eventually(async () => (await inboxCount()) === before + 1);
    // The second delivery is acknowledged without a second inbox row: give it time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect((await checklistOf(adult.personId)).items).toHaveLength(5);
    const { rows } = await app.sql.query(`SELECT count(*)::int AS n FROM checklist_item WHERE person_id = $1`, [adult.personId]);
    expect(rows[0].n).toBe(5);
    expect((await app.outbox(healthFollowUpChanged.subject)).filter((e) => e.aggregateId === adult.personId)).toHaveLength(1);
  });

  it('keeps the newer settlement date when an older event arrives after it, and never moves an item a worker touched', async () => {
    const corrected = addDays(today, -3);
    const first = settledPerson({ settledOn: addDays(today, -20) });
    const t0 = new Date(Date.now() - 60_000).toISOString();
    const t1 = new Date(Date.now() - 30_000).toISOString();
    const before = await inboxCount();

    await app.publish(personSettled, first, { occurredAt: t0 });
    await settled(first.personId);
    const tb = (await checklistOf(first.personId)).items.find((i) => i.kind === 'tuberculosis-screening')!;
    expect(tb.state).toBe('overdue');
    await app.call(updateChecklistItem.subject, { itemId: tb.id, status: 'offered' });

    await app.publish(personSettled, { ...first, settledOn: corrected }, { occurredAt: t1 });
    await eventually(async () => (await checklistOf(first.personId)).person.arrivedOn === corrected);
    await app.publish(personSettled, { ...first, settledOn: addDays(today, -40) }, { occurredAt: t0 });
    await eventually(async () => (await inboxCount()) === before + 3);

    const sut = await checklistOf(first.personId);
    expect(sut.person.arrivedOn).toBe(corrected);
    expect(sut.items.find((i) => i.kind === 'health-examination')?.dueOn).toBe(addMonths(corrected, 3));
    expect(sut.items.find((i) => i.kind === 'tuberculosis-screening')).toMatchObject({ status: 'offered', dueOn: addDays(today, -6) });
  });

  it('gives a child under 2 catch-up vaccination at arrival and a MIGRA follow-up of one year', async () => {
    const baby = settledPerson({ settledOn: today, birthDate: addMonths(today, -8), relationship: 'child' });
    await app.publish(personSettled, baby);
    await settled(baby.personId);

    const sut = await checklistOf(baby.personId);
    expect(sut.person.responsibleUnit).toBe('migra-station');
    expect(sut.items.find((i) => i.kind === 'child-catch-up-vaccination')).toMatchObject({
      dueOn: today,
      state: 'alert',
      responsibleUnit: 'migra-station',
    });
    const { rows } = await app.sql.query(`SELECT follow_up_until::text FROM child_follow_up WHERE person_id = $1`, [baby.personId]);
    expect(rows).toEqual([{ follow_up_until: addMonths(today, 12) }]);
  });

  it('closes the follow-up when every item is settled, refers to the GP, and announces the change once', async () => {
    const adult = settledPerson({ settledOn: today, birthDate: '1950-01-01' });
    await app.publish(personSettled, adult);
    await settled(adult.personId);
    const items = (await checklistOf(adult.personId)).items;

    const referred = await app.call<ChecklistItemView>(updateChecklistItem.subject, {
      itemId: items.find((i) => i.kind === 'health-examination')!.id,
      status: 'done',
      referral: 'gp',
      note: 'Referred to fastlege',
    });
    expect(referred).toMatchObject({ status: 'done', referral: 'gp', responsibleUnit: 'gp', state: 'closed' });
    for (const item of items.filter((i) => i.status === 'due' && i.kind !== 'health-examination')) {
      await app.call(updateChecklistItem.subject, { itemId: item.id, status: 'declined' });
    }

    expect((await checklistOf(adult.personId)).person.followUp).toBe('closed');
    const announced = (await app.outbox(healthFollowUpChanged.subject)).filter((e) => e.aggregateId === adult.personId);
    expect(announced.map((e) => e.envelope.payload['followUp'])).toEqual(['active', 'closed']);
  });

  it('lists open checklists of the own municipality, nearest deadline first', async () => {
    const sut = await app.call<{ total: number; items: ChecklistSummary[] }>(listArrivalChecklists.subject, {});
    expect(sut.items.length).toBeGreaterThan(0);
    expect(sut.items.every((i) => i.followUp === 'active' && i.municipality === '1103')).toBe(true);
    const dues = sut.items.map((i) => i.next?.dueOn ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(sut.items[0].next?.state).toBe('overdue');

    const found = await app.call<{ total: number; items: ChecklistSummary[] }>(listArrivalChecklists.subject, {
      show: 'all',
      q: 'testa eksem',
    });
    expect(found.total).toBeGreaterThan(0);
    expect((await app.call<{ total: number }>(listArrivalChecklists.subject, { show: 'all', q: 'Nobody%' })).total).toBe(0);

    const elsewhere = await app.call<{ total: number }>(listArrivalChecklists.subject, {}, actorOf('health-worker', '3201'));
    expect(elsewhere.total).toBe(0);
  });

  it('moves a person down the list when their nearest open item is closed, and to the end when none is open', async () => {
    // Settled long ago, so their items come before everyone else's (who settled today or later).
    const person = settledPerson({ settledOn: addDays(today, -400), birthDate: '1980-03-03', givenName: 'Listeorden' });
    await app.publish(personSettled, person);
    await settled(person.personId);
    const positionOf = async () => {
      const all = await app.call<{ total: number; items: ChecklistSummary[] }>(listArrivalChecklists.subject, { show: 'all', limit: 100 });
      return { index: all.items.findIndex((i) => i.personId === person.personId), items: all.items };
    };
    const first = await positionOf();
    expect(first.index).toBe(0);

    const items = (await checklistOf(person.personId)).items.filter((i) => i.status === 'due');
    const [nearest, ...others] = [...items].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind));
    await app.call(updateChecklistItem.subject, { itemId: nearest.id, status: 'done' });
    const afterOne = await positionOf();
    expect(afterOne.items[afterOne.index].next?.dueOn).toBe(others[0].dueOn);
    const dues = afterOne.items.map((i) => i.next?.dueOn ?? '9999');
    expect(dues).toEqual([...dues].sort());

    for (const item of others) await app.call(updateChecklistItem.subject, { itemId: item.id, status: 'declined' });
    const afterAll = await positionOf();
    expect(afterAll.items[afterAll.index].next).toBeNull();
    expect(afterAll.items.slice(afterAll.index).every((i) => i.next === null)).toBe(true);
  });

  it('refuses other roles (403), another municipality (404), bad input (400); break-glass lifts one person’s read only', async () => {
    const adult = settledPerson({ settledOn: today });
    await app.publish(personSettled, adult);
    await settled(adult.personId);
    const [item] = (await checklistOf(adult.personId)).items;

    const coordinator = actorOf('coordination-member');
    await expect(checklistOf(adult.personId, coordinator)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(listArrivalChecklists.subject, {}, actorOf('housing-officer'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(checklistOf(adult.personId, actorOf('health-worker', '3201'))).rejects.toMatchObject({ code: 'not_found' });
    await expect(app.call(updateChecklistItem.subject, { itemId: item.id, status: 'finished' })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'status', code: 'invalid_option' })],
    });

    const grant = { grantId: randomUUID(), personId: adult.personId, permissions: ['health:read' as const] };
    const onGrant = { ...actorOf('intro-advisor'), breakGlass: grant };
    await expect(checklistOf(adult.personId, onGrant)).resolves.toMatchObject({ person: { personId: adult.personId } });
    await expect(app.call(listArrivalChecklists.subject, {}, onGrant)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(updateChecklistItem.subject, { itemId: item.id, status: 'done' }, onGrant)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
