import { HouseholdEntity, PersonEntity } from '../households/household.entity';
import { receivingHousehold, releasedPerson } from './released-person';

const held = Object.assign(new HouseholdEntity(), {
  id: '11111111-1111-4111-8111-111111111111',
  municipality: '1103',
  origin: 'quota-refugee',
  countryOfOrigin: 'SO',
  languages: ['so'],
  requestedOn: '2025-02-01',
  registeredAt: new Date('2025-02-02T10:00:00Z'),
});
const holder = Object.assign(new PersonEntity(), {
  id: '22222222-2222-4222-8222-222222222222',
  householdId: held.id,
  municipality: '1103',
  givenName: 'Amal',
  familyName: 'Yusuf',
  birthDate: '1992-07-14',
  sex: 'female',
  relationship: 'spouse',
  languages: ['so', 'nb'],
  unaccompaniedMinor: false,
  nationalIdCipher: Buffer.from('sealed'),
  nationalIdHash: Buffer.from('hash'),
  residencePermitDate: '2025-01-20',
  settledOn: '2025-03-01',
  movedOutAt: new Date('2025-06-01T08:00:00Z'),
  movedTo: '3201',
});

describe('receivingHousehold', () => {
  it("is a new household of the receiving municipality with the holder's origin and languages, not its IMDi request date", () => {
    const sut = receivingHousehold(held, '3201');
    expect(sut).toMatchObject({
      municipality: '3201',
      origin: 'quota-refugee',
      countryOfOrigin: 'SO',
      languages: ['so'],
      requestedOn: null,
    });
    expect(sut.id).not.toBe(held.id);
  });
});

describe('releasedPerson', () => {
  const household = receivingHousehold(held, '3201');
  const sut = releasedPerson(holder, { personId: '33333333-3333-4333-8333-333333333333', household, relationship: 'head' });

  it('is a record of the receiving municipality under the requested id, in the given household and role', () => {
    expect(sut).toMatchObject({
      id: '33333333-3333-4333-8333-333333333333',
      householdId: household.id,
      municipality: '3201',
      relationship: 'head',
    });
  });

  it('carries identity, permit date and the sealed number over, as they are', () => {
    expect(sut).toMatchObject({
      givenName: 'Amal',
      familyName: 'Yusuf',
      birthDate: '1992-07-14',
      sex: 'female',
      languages: ['so', 'nb'],
      residencePermitDate: '2025-01-20',
    });
    expect(sut.nationalIdCipher).toBe(holder.nationalIdCipher);
    expect(sut.nationalIdHash).toBe(holder.nationalIdHash);
  });

  it('starts active and unsettled: settling in the receiving municipality is a new fact', () => {
    expect(sut).toMatchObject({ settledOn: null, movedOutAt: null, movedTo: null });
  });
});
