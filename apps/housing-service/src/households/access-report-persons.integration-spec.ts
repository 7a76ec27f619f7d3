import type { AccessReportPersons, Actor } from '@ankomst/contracts';
import { type HouseholdView, housingRpc, type PersonView } from '@ankomst/contracts/housing';
import { dNumber, type HousingTestApp, startHousingTestApp } from '../test-support/housing-test-app';

const privacyOfficer = (municipality = '1103'): Actor => ({ userId: 'privacy-1', role: 'privacy-officer', municipality });
const introAdvisor: Actor = { userId: 'advisor-1', role: 'intro-advisor', municipality: '1103' };

describe("the privacy officer's national id lookup for the access report, through NATS on real Postgres", () => {
  let app: HousingTestApp;
  let household: HouseholdView;
  const number = dNumber(1991, 4, 17);
  const unknownNumber = dNumber(1991, 4, 18);

  beforeAll(async () => {
    app = await startHousingTestApp();
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'SY',
      languages: ['ar'],
      requestedOn: '2025-02-01',
      members: [{ givenName: 'Testa', familyName: 'Innsynsen', birthDate: '1991-04-17', relationship: 'head', nationalId: number }],
    });
  });
  afterAll(() => app?.close());

  const resolve = (nationalId: string, actor: Actor) =>
    app.call<AccessReportPersons>(housingRpc.resolveAccessReportPersons, { nationalId }, actor);

  it('answers an actor with audit:read the person id and name the number has in the municipality, nothing more', async () => {
    const sut = await resolve(number, privacyOfficer());
    expect(sut).toEqual({ persons: [{ personId: household.members[0].id, displayName: 'Testa Innsynsen' }] });
  });

  it('finds nobody for a number not on record, and nobody for another municipality’s privacy officer', async () => {
    expect(await resolve(unknownNumber, privacyOfficer())).toEqual({ persons: [] });
    expect(await resolve(number, privacyOfficer('3201'))).toEqual({ persons: [] });
  });

  it('refuses roles without audit:read on this path, the intro advisor and the housing officer included', async () => {
    await expect(resolve(number, introAdvisor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(resolve(number, { userId: 'officer-1', role: 'housing-officer', municipality: '1103' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('leaves the housing lookup as it was: the officer finds the person, the privacy officer may not use it', async () => {
    expect(await app.call<PersonView>(housingRpc.findPersonByNationalId, { nationalId: number })).toMatchObject({
      id: household.members[0].id,
      givenName: 'Testa',
    });
    await expect(app.call(housingRpc.findPersonByNationalId, { nationalId: number }, privacyOfficer())).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses a number with a bad check digit, naming the field and code', async () => {
    const bad = `${number.slice(0, 10)}${(Number(number[10]) + 1) % 10}`;
    await expect(resolve(bad, privacyOfficer())).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field: 'nationalId', code: 'national_id_invalid' })],
    });
  });
});
