import {
  householdRegistered,
  type HouseholdView,
  housingRpc,
  type IncomingPersonTransfer,
  type IncomingPersonTransferList,
  type OutgoingPersonTransfer,
  type OutgoingPersonTransferList,
  personTransferDeclined,
  personTransferReleased,
  personTransferRequested,
  personUpdated,
  type PersonView,
} from '@ankomst/contracts/housing';
import { dNumber, type HousingTestApp, officer, startHousingTestApp } from '../test-support/housing-test-app';

const family = (nationalId: string | null, familyName = 'Haddad') => ({
  origin: 'reception-centre',
  countryOfOrigin: 'SY',
  languages: ['ar'],
  members: [
    {
      givenName: 'Rami',
      familyName,
      birthDate: '1988-04-12',
      sex: 'male',
      relationship: 'head',
      nationalId,
      residencePermitDate: '2025-01-10',
    },
    { givenName: 'Lina', familyName, birthDate: '2014-09-03', sex: 'female', relationship: 'child', residencePermitDate: '2025-01-10' },
  ],
});
const flat = {
  ownership: 'municipal',
  address: 'Storgata 12 B',
  postalCode: '4006',
  sizeSquareMetres: 48.5,
  rooms: 2,
  monthlyRentNok: 8900,
  availableFrom: '2024-01-01',
};

/** Everything a refusal tells the caller: code, status, message and issues (an Error's message is not enumerable). */
const told = (error: unknown) => JSON.stringify({ ...(error as object), message: (error as Error).message });

const stavanger = officer('1103', 'officer-1103');
const baerum = officer('3201', 'officer-3201');
const drammen = officer('3301', 'officer-3301');

describe('national id transfers between municipalities, through NATS on real Postgres', () => {
  let app: HousingTestApp;
  const ramisNumber = dNumber(1988, 4, 12);
  const linasNumber = dNumber(2014, 9, 3);
  const unknownNumber = dNumber(1970, 1, 1);
  let household: HouseholdView;
  let rami: PersonView;
  let transfer: OutgoingPersonTransfer;

  const writes = async () => {
    const { rows } = await app.sql.query(
      `SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM household) + (SELECT count(*) FROM person)
            + (SELECT count(*) FROM person_transfer) AS n`,
    );
    return Number(rows[0].n);
  };

  beforeAll(async () => {
    app = await startHousingTestApp();
    household = await app.call<HouseholdView>(housingRpc.registerHousehold, family(ramisNumber), stavanger);
    rami = household.members[0];
    await app.call(housingRpc.settlePerson, { personId: rami.id, settledOn: '2025-03-01' }, stavanger);
    const dwelling = await app.call<{ id: string }>(housingRpc.registerDwelling, flat, stavanger);
    await app.call(housingRpc.allocateDwelling, { dwellingId: dwelling.id, householdId: household.id, startDate: '2025-03-01' }, stavanger);
  });
  afterAll(() => app?.close());

  describe('what the receiving municipality learns before any transfer', () => {
    it('registering a number held in 1103 answers national_id_held_elsewhere, naming neither the municipality nor the person, and writes nothing', async () => {
      const before = await writes();
      const refusal = await app.call(housingRpc.registerHousehold, family(ramisNumber, 'Other'), baerum).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ code: 'national_id_held_elsewhere', status: 409 });
      expect(told(refusal)).toContain('request a transfer');
      for (const secret of ['1103', rami.id, household.id, 'Haddad', ramisNumber]) expect(told(refusal)).not.toContain(secret);
      expect(await writes()).toBe(before);
    });

    it('adding the number to an own person answers the same', async () => {
      const own = await app.call<HouseholdView>(housingRpc.registerHousehold, family(null, 'Berg'), baerum);
      await expect(
        app.call(housingRpc.updatePerson, { personId: own.members[0].id, nationalId: ramisNumber }, baerum),
      ).rejects.toMatchObject({
        code: 'national_id_held_elsewhere',
      });
    });

    it('a lookup of it answers exactly as a lookup of a number nobody holds', async () => {
      const held = await app.call(housingRpc.findPersonByNationalId, { nationalId: ramisNumber }, baerum).catch((e: unknown) => e);
      const unknown = await app.call(housingRpc.findPersonByNationalId, { nationalId: unknownNumber }, baerum).catch((e: unknown) => e);
      expect(held).toMatchObject({ code: 'not_found' });
      expect(told(held)).toBe(told(unknown));
    });

    it('a number held in the own municipality is still a plain conflict', async () => {
      await expect(app.call(housingRpc.registerHousehold, family(ramisNumber), stavanger)).rejects.toMatchObject({
        code: 'conflict',
        message: 'A person with this national id is already registered',
      });
    });
  });

  describe('requesting', () => {
    it('refuses a number nobody holds (register instead) and a number the own municipality holds', async () => {
      await expect(
        app.call(housingRpc.requestPersonTransfer, { nationalId: unknownNumber, reason: 'moved here' }, baerum),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(
        app.call(housingRpc.requestPersonTransfer, { nationalId: ramisNumber, reason: 'moved here' }, stavanger),
      ).rejects.toMatchObject({
        code: 'conflict',
      });
    });

    it('refuses bad input naming the field and the rule', async () => {
      await expect(
        app.call(housingRpc.requestPersonTransfer, { nationalId: '12345678901', reason: 'moved here' }, baerum),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        issues: [{ field: 'nationalId', rule: expect.any(String) }],
      });
      await expect(app.call(housingRpc.requestPersonTransfer, { nationalId: ramisNumber, reason: ' ' }, baerum)).rejects.toMatchObject({
        issues: [{ field: 'reason', rule: 'must be at least 3 characters' }],
      });
    });

    it('creates a pending request that tells the receiver nothing about the person or the holder, and records transfer-requested', async () => {
      transfer = await app.call<OutgoingPersonTransfer>(
        housingRpc.requestPersonTransfer,
        { nationalId: ramisNumber, reason: 'Moved to Bærum in May, our case 2025/118' },
        baerum,
      );
      expect(transfer).toMatchObject({
        status: 'pending',
        municipality: '3201',
        householdId: null,
        requestedBy: 'officer-3201',
        decidedAt: null,
      });
      for (const secret of ['1103', rami.id, 'Haddad', ramisNumber]) expect(JSON.stringify(transfer)).not.toContain(secret);
      const events = await app.outbox(personTransferRequested.subject);
      expect(events).toHaveLength(1);
      expect(events[0].envelope.payload).toEqual({
        transferId: transfer.id,
        personId: rami.id,
        fromMunicipality: '1103',
        toMunicipality: '3201',
      });
      expect(JSON.stringify(events[0].envelope)).not.toContain(ramisNumber);
    });

    it('refuses a second pending request for the same person, from any municipality', async () => {
      for (const actor of [baerum, drammen]) {
        await expect(
          app.call(housingRpc.requestPersonTransfer, { nationalId: ramisNumber, reason: 'moved here' }, actor),
        ).rejects.toMatchObject({
          code: 'conflict',
          message: 'A transfer of this person is already pending',
        });
      }
      expect(await app.outbox(personTransferRequested.subject)).toHaveLength(1);
    });

    it('shows the request to the holder (whose person, from where, when, by whom) and to the receiver as its own', async () => {
      const incoming = await app.call<IncomingPersonTransferList>(housingRpc.listIncomingPersonTransfers, {}, stavanger);
      expect(incoming.items).toEqual([
        expect.objectContaining({
          id: transfer.id,
          status: 'pending',
          requestingMunicipality: '3201',
          requestedBy: 'officer-3201',
          reason: 'Moved to Bærum in May, our case 2025/118',
          person: { id: rami.id, householdId: household.id, givenName: 'Rami', familyName: 'Haddad', birthDate: '1988-04-12' },
        }),
      ]);
      expect((await app.call<IncomingPersonTransferList>(housingRpc.listIncomingPersonTransfers, {}, baerum)).items).toEqual([]);
      expect(
        (await app.call<OutgoingPersonTransferList>(housingRpc.listOutgoingPersonTransfers, {}, baerum)).items.map((t) => t.id),
      ).toEqual([transfer.id]);
      expect((await app.call<OutgoingPersonTransferList>(housingRpc.listOutgoingPersonTransfers, {}, stavanger)).items).toEqual([]);
    });

    it('keeps transfers to the housing office: a role with housing:read only is refused', async () => {
      const advisor = { userId: 'advisor-1103', role: 'intro-advisor', municipality: '1103' };
      await expect(app.call(housingRpc.listIncomingPersonTransfers, {}, advisor)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(app.call(housingRpc.releasePersonTransfer, { transferId: transfer.id }, advisor)).rejects.toMatchObject({
        code: 'forbidden',
      });
    });
  });

  describe('releasing', () => {
    it('refuses a release or decline by any municipality but the holder, as "not found"', async () => {
      const before = await writes();
      for (const actor of [baerum, drammen]) {
        await expect(app.call(housingRpc.releasePersonTransfer, { transferId: transfer.id }, actor)).rejects.toMatchObject({
          code: 'not_found',
        });
        await expect(
          app.call(housingRpc.declinePersonTransfer, { transferId: transfer.id, reason: 'not ours' }, actor),
        ).rejects.toMatchObject({
          code: 'not_found',
        });
      }
      await expect(app.call(housingRpc.releasePersonTransfer, { transferId: 'nope' }, stavanger)).rejects.toMatchObject({
        issues: [{ field: 'transferId', rule: 'must be a uuid' }],
      });
      expect(await writes()).toBe(before);
    });

    let released: IncomingPersonTransfer;

    it('releases: the receiver gets a new record under the requested person id, and the events carry no national id', async () => {
      released = await app.call<IncomingPersonTransfer>(housingRpc.releasePersonTransfer, { transferId: transfer.id }, stavanger);
      expect(released).toMatchObject({ status: 'released', decidedBy: 'officer-1103', person: { id: rami.id } });

      const [event] = await app.outbox(personTransferReleased.subject);
      expect(event.aggregateId).toBe(rami.id);
      expect(event.envelope.payload).toMatchObject({
        transferId: transfer.id,
        personId: rami.id,
        householdId: household.id,
        receivingPersonId: transfer.personId,
        toMunicipality: '3201',
      });
      const registered = (await app.outbox(householdRegistered.subject)).map((e) => e.envelope.payload);
      expect(registered.at(-1)).toMatchObject({
        municipality: '3201',
        members: [{ personId: transfer.personId, givenName: 'Rami', hasNationalId: true, settledOn: null }],
      });
      const { rows } = await app.sql.query(`SELECT string_agg(envelope::text, '') AS all FROM outbox`);
      expect(rows[0].all).not.toContain(ramisNumber);
    });

    it('the receiver now finds the person by number in its own municipality; the sender no longer does', async () => {
      const found = await app.call<PersonView>(housingRpc.findPersonByNationalId, { nationalId: ramisNumber }, baerum);
      expect(found).toMatchObject({ id: transfer.personId, municipality: '3201', givenName: 'Rami', hasNationalId: true, movedOut: null });
      await expect(app.call(housingRpc.findPersonByNationalId, { nationalId: ramisNumber }, stavanger)).rejects.toMatchObject({
        code: 'not_found',
      });
      const [outgoing] = (await app.call<OutgoingPersonTransferList>(housingRpc.listOutgoingPersonTransfers, {}, baerum)).items;
      expect(outgoing).toMatchObject({ status: 'released', personId: found.id, householdId: found.householdId });
      expect(JSON.stringify(outgoing)).not.toContain('1103');
    });

    it("keeps the sender's history: household, settlement and tenancy stay, the person is marked moved out and read-only", async () => {
      const kept = await app.call<HouseholdView>(housingRpc.getHousehold, { id: household.id }, stavanger);
      expect(kept.members.map((m) => [m.givenName, m.settledOn, m.movedOut?.municipality ?? null])).toEqual([
        ['Rami', '2025-03-01', '3201'],
        ['Lina', null, null],
      ]);
      expect((await app.call<PersonView>(housingRpc.getPerson, { personId: rami.id }, stavanger)).hasNationalId).toBe(true);
      const { rows } = await app.sql.query('SELECT count(*)::int AS n FROM tenancy WHERE household_id = $1 AND end_date IS NULL', [
        household.id,
      ]);
      expect(rows[0].n).toBe(1);
      await expect(app.call(housingRpc.updatePerson, { personId: rami.id, givenName: 'R' }, stavanger)).rejects.toMatchObject({
        code: 'conflict',
      });
      await expect(app.call(housingRpc.getPerson, { personId: rami.id }, baerum)).rejects.toMatchObject({ code: 'not_found' });
    });

    it("cannot be released twice, and the number is now held elsewhere from the sender's side", async () => {
      await expect(app.call(housingRpc.releasePersonTransfer, { transferId: transfer.id }, stavanger)).rejects.toMatchObject({
        code: 'conflict',
      });
      await expect(app.call(housingRpc.registerHousehold, family(ramisNumber), stavanger)).rejects.toMatchObject({
        code: 'national_id_held_elsewhere',
      });
      expect(await app.outbox(personTransferReleased.subject)).toHaveLength(1);
    });
  });

  describe('declining', () => {
    it('declines with a reason the receiver sees; the person stays', async () => {
      const lina = household.members[1];
      await app.call(housingRpc.updatePerson, { personId: lina.id, nationalId: linasNumber }, stavanger);
      const asked = await app.call<OutgoingPersonTransfer>(
        housingRpc.requestPersonTransfer,
        { nationalId: linasNumber, reason: 'with her father' },
        baerum,
      );
      await expect(app.call(housingRpc.declinePersonTransfer, { transferId: asked.id }, stavanger)).rejects.toMatchObject({
        issues: [{ field: 'reason', rule: expect.any(String) }],
      });
      const declined = await app.call<IncomingPersonTransfer>(
        housingRpc.declinePersonTransfer,
        { transferId: asked.id, reason: 'Custody case open here' },
        stavanger,
      );
      expect(declined).toMatchObject({ status: 'declined', declineReason: 'Custody case open here', person: { id: lina.id } });
      const [event] = await app.outbox(personTransferDeclined.subject);
      expect(event.envelope.payload).toMatchObject({ transferId: asked.id, personId: lina.id, reason: 'Custody case open here' });

      const outgoing = await app.call<OutgoingPersonTransferList>(housingRpc.listOutgoingPersonTransfers, { status: 'declined' }, baerum);
      expect(outgoing.items).toEqual([
        expect.objectContaining({ id: asked.id, declineReason: 'Custody case open here', householdId: null }),
      ]);
      expect((await app.call<PersonView>(housingRpc.findPersonByNationalId, { nationalId: linasNumber }, stavanger)).id).toBe(lina.id);
      await expect(app.call(housingRpc.releasePersonTransfer, { transferId: asked.id }, stavanger)).rejects.toMatchObject({
        code: 'conflict',
      });
    });
  });

  describe('a family moving together', () => {
    it('refuses joining a household of another municipality, as "not found", before looking at the number', async () => {
      await expect(
        app.call(
          housingRpc.requestPersonTransfer,
          { nationalId: linasNumber, reason: 'with her father', joinHousehold: { householdId: household.id, relationship: 'child' } },
          baerum,
        ),
      ).rejects.toMatchObject({ code: 'not_found', message: 'No such household' });
      await expect(
        app.call(
          housingRpc.requestPersonTransfer,
          { nationalId: linasNumber, reason: 'with her father', joinHousehold: { householdId: household.id } },
          baerum,
        ),
      ).rejects.toMatchObject({ issues: [{ field: 'joinHousehold.relationship', rule: expect.any(String) }] });
    });

    it('after a decline a new request may follow: the second member joins the household the first one got, with person-updated', async () => {
      const [ramiThere] = (
        await app.call<OutgoingPersonTransferList>(housingRpc.listOutgoingPersonTransfers, { status: 'released' }, baerum)
      ).items;
      const joining = await app.call<OutgoingPersonTransfer>(
        housingRpc.requestPersonTransfer,
        {
          nationalId: linasNumber,
          reason: 'custody settled, with her father',
          joinHousehold: { householdId: ramiThere.householdId, relationship: 'child' },
        },
        baerum,
      );
      await app.call(housingRpc.releasePersonTransfer, { transferId: joining.id }, stavanger);

      const together = await app.call<HouseholdView>(housingRpc.getHousehold, { id: ramiThere.householdId }, baerum);
      expect(together.members.map((m) => [m.id, m.givenName, m.relationship, m.hasNationalId])).toEqual([
        [ramiThere.personId, 'Rami', 'head', true],
        [joining.personId, 'Lina', 'child', true],
      ]);
      const updates = (await app.outbox(personUpdated.subject)).filter((e) => e.aggregateId === joining.personId);
      expect(updates.map((e) => e.envelope.payload)).toEqual([
        expect.objectContaining({ householdId: ramiThere.householdId, municipality: '3201' }),
      ]);
      const left = await app.call<HouseholdView>(housingRpc.getHousehold, { id: household.id }, stavanger);
      expect(left.members.map((m) => m.movedOut?.municipality)).toEqual(['3201', '3201']);
    });
  });
});
