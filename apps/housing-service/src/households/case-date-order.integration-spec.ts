import { type HouseholdView, housingRpc } from '@ankomst/contracts/housing';
import { dNumber, type HousingTestApp, startHousingTestApp } from '../test-support/housing-test-app';

/**
 * Dates that are each plausible but out of order with what the service stored: refused with
 * a 400 naming the field and the rule, and nothing written (no row change, no event).
 */
describe('the order of case dates against stored data (real Postgres + NATS)', () => {
  let app: HousingTestApp;
  let household: HouseholdView;
  let dwellingId: string;

  const writes = async () => {
    const { rows } = await app.sql.query(
      `SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM tenancy) + (SELECT count(*) FROM person WHERE settled_on IS NOT NULL) AS n`,
    );
    return Number(rows[0].n);
  };
  const expectRefused = async (subject: string, body: unknown, field: string, code: string) => {
    const before = await writes();
    await expect(app.call(subject, body)).rejects.toMatchObject({
      code: 'validation_failed',
      issues: [expect.objectContaining({ field, code })],
    });
    expect(await writes()).toBe(before);
  };

  beforeAll(async () => {
    app = await startHousingTestApp();
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, {
      origin: 'quota-refugee',
      countryOfOrigin: 'SO',
      requestedOn: '2025-02-01',
      members: [
        { givenName: 'Amal', familyName: 'Yusuf', birthDate: '2005-07-14', relationship: 'head', residencePermitDate: '2025-01-20' },
      ],
    });
    const dwelling = await app.call<{ id: string }>(housingRpc.registerDwelling, {
      ownership: 'municipal',
      address: 'Storgata 1',
      postalCode: '4006',
      sizeSquareMetres: 60,
      rooms: 3,
      monthlyRentNok: 9000,
      availableFrom: '2025-01-01',
    });
    dwellingId = dwelling.id;
  }, 60_000);
  afterAll(() => app?.close());

  it('refuses a settlement before the residence permit (it counted as within the 6-month target)', async () => {
    await expectRefused(
      housingRpc.settlePerson,
      { personId: household.members[0].id, settledOn: '2025-01-10' },
      'settledOn',
      'date_before',
    );
  });

  it("refuses a tenancy starting before IMDi's request (it counted as within the 4-week target)", async () => {
    await expectRefused(
      housingRpc.allocateDwelling,
      { dwellingId, householdId: household.id, startDate: '2025-01-15' },
      'startDate',
      'date_before',
    );
  });

  it('refuses a residence permit before birth and a D-nummer of another birth date', async () => {
    const personId = household.members[0].id;
    await expectRefused(
      housingRpc.updatePerson,
      { personId, residencePermitDate: '2005-07-13', languages: ['so'] },
      'residencePermitDate',
      'date_before',
    );
    await expectRefused(
      housingRpc.updatePerson,
      { personId, nationalId: dNumber(2005, 7, 15) },
      'nationalId',
      'national_id_birth_date_mismatch',
    );
    const { rows } = await app.sql.query('SELECT residence_permit_date::text AS permit, languages FROM person WHERE id = $1', [personId]);
    expect(rows[0]).toEqual({ permit: '2025-01-20', languages: [] });
  });

  it('accepts the same writes in order', async () => {
    await app.call(housingRpc.allocateDwelling, { dwellingId, householdId: household.id, startDate: '2025-02-01' });
    await app.call(housingRpc.settlePerson, { personId: household.members[0].id, settledOn: '2025-02-01' });
    await app.call(housingRpc.updatePerson, { personId: household.members[0].id, nationalId: dNumber(2005, 7, 14) });
  });
});
