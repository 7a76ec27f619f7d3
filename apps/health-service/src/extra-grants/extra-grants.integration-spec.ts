import { addDays, todayInOslo } from '@ankomst/contracts';
import {
  createExtraGrant,
  decideExtraGrant,
  type ExtraGrantView,
  listExtraGrants,
  submitExtraGrant,
  updateExtraGrant,
} from '@ankomst/contracts/health';
import { personSettled } from '@ankomst/contracts/housing/events';
import { eventually } from '@ankomst/testing';
import { type HealthTestApp, settledPerson, startHealthTestApp } from '../test-support/health-test-app';

describe('ekstratilskudd applications (NATS + Postgres)', () => {
  let app: HealthTestApp;
  const today = todayInOslo();
  const person = settledPerson({ settledOn: addDays(today, -60) });
  type Listing = { items: ExtraGrantView[]; totals: { year: number; applications: number; units: number; grantedNok: number }[] };

  beforeAll(async () => {
    app = await startHealthTestApp();
    await app.consumersReady();
    await app.publish(personSettled, person);
    await eventually(
      async () => (await app.sql.query(`SELECT 1 FROM health_person WHERE person_id = $1`, [person.personId])).rows.length === 1,
    );
  }, 60_000);
  afterAll(() => app?.close());

  it('refuses submission without the consent form and doctor’s statement, then submits, grants and counts it in the year', async () => {
    const draft = await app.call<ExtraGrantView>(createExtraGrant.subject, {
      personId: person.personId,
      kind: 'tilskudd-1',
      grantYear: 1,
      settledByAgreementWithImdi: true,
      conditionKnownBeforeSettlement: true,
      involvedUnits: ['disability-services', 'refugee-health-service'],
      costLines: [{ unit: 'disability-services', description: 'Practical assistance', amountNok: 150_000 }],
    });
    expect(draft).toMatchObject({ status: 'draft', costTotalNok: 150_000 });
    expect(draft.deadline > today).toBe(true);

    await expect(app.call(submitExtraGrant.subject, { applicationId: draft.id, submittedOn: today })).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [
        expect.objectContaining({ field: 'consentFormReceivedOn', code: 'required' }),
        expect.objectContaining({ field: 'doctorStatementReceivedOn', code: 'required' }),
      ],
    });
    expect((await app.call<Listing>(listExtraGrants.subject, {})).totals).toEqual([]);

    await app.call(updateExtraGrant.subject, { applicationId: draft.id, consentFormReceivedOn: today, doctorStatementReceivedOn: today });
    const submitted = await app.call<ExtraGrantView>(submitExtraGrant.subject, { applicationId: draft.id, submittedOn: today });
    expect(submitted.status).toBe('submitted');
    await expect(app.call(updateExtraGrant.subject, { applicationId: draft.id, involvedUnits: [] })).rejects.toMatchObject({
      code: 'conflict',
    });

    await expect(
      app.call(decideExtraGrant.subject, { applicationId: draft.id, outcome: 'granted', decidedOn: today }),
    ).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'grantedNok', code: 'required' })],
    });
    await app.call(decideExtraGrant.subject, { applicationId: draft.id, outcome: 'granted', decidedOn: today, grantedNok: 120_000 });
    const listing = await app.call<Listing>(listExtraGrants.subject, {});
    expect(listing.totals).toEqual([
      expect.objectContaining({ year: Number(today.slice(0, 4)), applications: 1, units: 2, grantedNok: 120_000 }),
    ]);
  });

  it('keeps tilskudd 1 one-off and tilskudd 1 to grant years 1–2', async () => {
    const base = { personId: person.personId, settledByAgreementWithImdi: true, conditionKnownBeforeSettlement: true };
    await expect(app.call(createExtraGrant.subject, { ...base, kind: 'tilskudd-1', grantYear: 2 })).rejects.toMatchObject({
      code: 'conflict',
    });
    const late = await app.call<ExtraGrantView>(createExtraGrant.subject, {
      ...base,
      kind: 'tilskudd-2',
      grantYear: 6,
      consentFormReceivedOn: today,
      doctorStatementReceivedOn: today,
      involvedUnits: ['ppt'],
      costLines: [{ unit: 'ppt', description: 'Assessment', amountNok: 10_000 }],
    });
    await expect(app.call(submitExtraGrant.subject, { applicationId: late.id, submittedOn: today })).rejects.toMatchObject({
      issues: [expect.objectContaining({ field: 'grantYear', code: 'too_large' })],
    });
  });
});
