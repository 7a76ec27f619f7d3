import { type Actor } from '@ankomst/contracts';
import { type HouseholdView, housingRpc, type PersonView } from '@ankomst/contracts/housing';
import { randomUUID } from 'node:crypto';
import { type HousingTestApp, startHousingTestApp } from '../test-support/housing-test-app';

/**
 * The housing service re-checks the role itself, so a break-glass grant the gateway honoured
 * must reach it in the actor header, and it must hold for that one person's read only.
 */
describe('person reads on a break-glass grant, through NATS on real Postgres', () => {
  let app: HousingTestApp;
  let household: HouseholdView;
  const coordinator = (grant?: Actor['breakGlass']): Actor => ({
    userId: 'c-1',
    role: 'coordination-member',
    municipality: '1103',
    breakGlass: grant,
  });
  const grantFor = (personId: string, permissions: string[] = ['housing:read']) =>
    ({ grantId: randomUUID(), personId, permissions }) as Actor['breakGlass'];

  beforeAll(async () => {
    app = await startHousingTestApp();
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'SO',
      languages: ['so'],
      requestedOn: '2025-02-01',
      members: [
        { givenName: 'Amal', familyName: 'Yusuf', birthDate: '1992-07-14', relationship: 'head', residencePermitDate: '2025-01-20' },
        { givenName: 'Hodan', familyName: 'Yusuf', birthDate: '2016-03-02', relationship: 'child', residencePermitDate: '2025-01-20' },
      ],
    });
  });
  afterAll(() => app?.close());

  it('refuses the person read to a role without housing:read and no grant', async () => {
    const sut = app.call(housingRpc.getPerson, { personId: household.members[0].id }, coordinator());
    await expect(sut).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('answers the person read on a grant for that very person', async () => {
    const personId = household.members[0].id;
    const sut = await app.call<PersonView>(housingRpc.getPerson, { personId }, coordinator(grantFor(personId)));
    expect(sut).toMatchObject({ id: personId, givenName: 'Amal', householdId: household.id });
  });

  it('refuses another member, the whole household and a write on the same grant', async () => {
    const [amal, hodan] = household.members;
    const actor = coordinator(grantFor(amal.id));
    await expect(app.call(housingRpc.getPerson, { personId: hodan.id }, actor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(housingRpc.getHousehold, { id: household.id }, actor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.call(housingRpc.updatePerson, { personId: amal.id, givenName: 'Amaal' }, actor)).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses a header whose grant claims a write permission, as an invalid actor', async () => {
    const personId = household.members[0].id;
    const forged = coordinator(grantFor(personId, ['housing:write']));
    await expect(app.call(housingRpc.updatePerson, { personId, givenName: 'Amaal' }, forged)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});
