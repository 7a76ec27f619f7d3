import { type EventContract, type EventEnvelope, type EventPayload } from '@ankomst/contracts';
import {
  dwellingAllocated,
  householdMemberRemoved,
  householdRegistered,
  householdUpdated,
  personSettled,
  personUpdated,
} from '@ankomst/contracts/housing/events';
import { createTestDatabase, type TestDatabase } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { enterLiveReadModel, handlersBySubject } from '../read-model/projection-runner';
import { LIVE_SCHEMA, readModelDdl, readModelTables } from '../read-model/read-model.schema';
import { todayInOslo } from '@ankomst/contracts';
import { family, member } from '../test-support/housing-fixtures';
import { projectors } from '.';

// The housing projections straight against Postgres, without NATS: applied one event per
// transaction, or several in one transaction as a consumer applies a batch.

const handlers = handlersBySubject(projectors);
const municipality = '1103';
const today = todayInOslo();

function envelope<C extends EventContract>(contract: C, payload: EventPayload<C>, occurredAt: string): EventEnvelope {
  return {
    id: randomUUID(),
    subject: contract.subject,
    aggregateId: randomUUID(),
    municipality,
    occurredAt,
    actor: 'test',
    correlationId: randomUUID(),
    payload,
  };
}

/** Minutes after a fixed instant, so "later" is explicit. */
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();

describe('housing projections (real Postgres)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  const applyOneByOne = async (events: EventEnvelope[]) => {
    for (const event of events) await applyTogether([event]);
  };
  const applyTogether = (events: EventEnvelope[]) =>
    // As a live consumer applies a batch: enterLiveReadModel once, then each projection.
    dataSource.transaction(async (manager) => {
      await enterLiveReadModel(manager, events);
      for (const event of events) {
        const handler = handlers.get(event.subject);
        if (!handler) throw new Error(`no projection for ${event.subject}`);
        await handler.apply(event, manager);
      }
    });
  const household = async (householdId: string) => {
    const [row] = (await dataSource.query(
      `SELECT status, members, search_text, next_due_on::text, origin FROM read_model.household WHERE household_id = $1`,
      [householdId],
    )) as { status: string; members: { givenName: string }[]; search_text: string; next_due_on: string | null; origin: string }[];
    return { ...row, memberNames: row.members.map((m) => m.givenName) };
  };
  const rowsOf = (table: string, householdId: string) =>
    dataSource.query(`SELECT * FROM read_model.${table} WHERE household_id = $1 ORDER BY 1`, [householdId]);
  const emptyReadModel = () =>
    dataSource.query(
      `TRUNCATE ${Object.keys(readModelTables)
        .map((t) => `read_model.${t}`)
        .join(', ')}`,
    );
  const dump = async () => {
    const rows: Record<string, unknown[]> = {};
    for (const [table, key] of Object.entries(readModelTables)) {
      rows[table] = await dataSource.query(`SELECT * FROM read_model.${table} ORDER BY ${key}`);
    }
    return rows;
  };

  beforeAll(async () => {
    db = await createTestDatabase('housing_projector');
    const url = new URL(db.serverUrl);
    url.pathname = `/${db.name}`;
    dataSource = await new DataSource({ type: 'postgres', url: url.toString() }).initialize();
    await dataSource.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await dataSource.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const statement of readModelDdl(LIVE_SCHEMA)) await dataSource.query(statement);
  });

  beforeEach(async () => {
    await emptyReadModel();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('moves a member registered earlier elsewhere: both households show their own members, status and deadlines', async () => {
    const earlier = family(municipality, 'Nordli');
    const [aster, berhane] = earlier.members;
    earlier.members = [{ ...aster, settledOn: today }, berhane];
    const later = family(municipality, 'Sandvik');
    const moved = { ...berhane, householdId: later.householdId };
    later.members = [later.members[0], moved, later.members[2]];

    await applyOneByOne([envelope(householdRegistered, earlier, at(0)), envelope(householdRegistered, later, at(1))]);

    const left = await household(earlier.householdId);
    expect(left).toMatchObject({ status: 'settled', memberNames: ['Aster'], search_text: 'aster nordli', next_due_on: null });
    const sut = await household(later.householdId);
    expect(sut).toMatchObject({ status: 'registered', origin: 'quota-refugee' });
    expect(sut.memberNames).toEqual(['Aster', 'Berhane', 'Celo']);
    expect(sut.next_due_on).not.toBeNull();
    const deadlines = (await rowsOf('deadline', later.householdId)) as { person_id: string; completed_on: Date | null }[];
    expect(deadlines.map((d) => d.person_id).sort()).toEqual(later.members.map((m) => m.personId).sort());
    expect(await rowsOf('deadline', earlier.householdId)).toEqual([
      expect.objectContaining({ person_id: aster.personId, completed_on: expect.any(Date) }),
    ]);
    const sections = (await rowsOf('section', later.householdId)) as { subject_id: string; data: { householdStatus: string } }[];
    expect(sections).toHaveLength(3);
    expect(sections.every((s) => s.data.householdStatus === 'registered')).toBe(true);
  });

  it('gives the same read model when the events of a household are applied in one transaction as one by one', async () => {
    const payload = family(municipality, 'Holmen');
    const dwellingId = randomUUID();
    const events = [
      envelope(householdRegistered, payload, at(0)),
      envelope(
        dwellingAllocated,
        { tenancyId: randomUUID(), dwellingId, householdId: payload.householdId, municipality, ownership: 'municipal', startDate: today },
        at(1),
      ),
      ...payload.members.map((person, i) =>
        envelope(personSettled, { ...person, settledOn: today, daysFromResidencePermit: 220, withinTarget: false }, at(2 + i)),
      ),
    ];

    await applyOneByOne(events);
    const oneByOne = await dump();
    await emptyReadModel();
    await applyTogether(events);

    expect(await dump()).toEqual(oneByOne);
    expect(await household(payload.householdId)).toMatchObject({ status: 'settled', next_due_on: null });
  });

  it('keeps the newer snapshot of a person when an older one arrives later, in any order of subjects', async () => {
    const payload = family(municipality, 'Lia');
    const [head] = payload.members;
    const renamed = { ...head, givenName: 'Astrid', residencePermitDate: null };

    await applyTogether([envelope(personUpdated, renamed, at(5)), envelope(householdRegistered, payload, at(0))]);

    const sut = await household(payload.householdId);
    expect(sut.memberNames).toEqual(['Astrid', 'Berhane', 'Celo']);
    const deadlines = (await rowsOf('deadline', payload.householdId)) as { person_id: string }[];
    expect(deadlines.map((d) => d.person_id)).not.toContain(head.personId);
    expect(deadlines).toHaveLength(2);
  });

  it("keeps the latest correction of a household's facts in any order of arrival", async () => {
    const payload = family(municipality, 'Dalen');
    const correction = (countryOfOrigin: string, minutes: number) =>
      envelope(
        householdUpdated,
        { householdId: payload.householdId, municipality, countryOfOrigin, languages: ['ar', 'ku'], requestedOn: '2025-05-01' },
        at(minutes),
      );
    const facts = async () =>
      (
        (await dataSource.query(
          `SELECT country_of_origin, languages, requested_on::text FROM read_model.household WHERE household_id = $1`,
          [payload.householdId],
        )) as unknown[]
      )[0];

    await applyOneByOne([correction('IQ', 10), envelope(householdRegistered, payload, at(0)), correction('TR', 5)]);
    expect(await facts()).toEqual({ country_of_origin: 'IQ', languages: ['ar', 'ku'], requested_on: '2025-05-01' });
    await emptyReadModel();
    await applyOneByOne([envelope(householdRegistered, payload, at(0)), correction('TR', 5), correction('IQ', 10)]);
    expect(await facts()).toEqual({ country_of_origin: 'IQ', languages: ['ar', 'ku'], requested_on: '2025-05-01' });
  });

  it('drops a removed member from the household, and an older snapshot of them arriving later does not bring them back', async () => {
    const payload = family(municipality, 'Solberg');
    const [, berhane] = payload.members;
    const removal = envelope(
      householdMemberRemoved,
      { householdId: payload.householdId, personId: berhane.personId, municipality, leftOn: '2026-01-01', reason: 'moved-out' },
      at(10),
    );

    await applyOneByOne([
      envelope(householdRegistered, payload, at(0)),
      removal,
      envelope(personUpdated, { ...berhane, givenName: 'Bereket' }, at(5)),
    ]);

    expect((await household(payload.householdId)).memberNames).toEqual(['Aster', 'Celo']);
    const deadlines = (await rowsOf('deadline', payload.householdId)) as { person_id: string }[];
    expect(deadlines.map((d) => d.person_id)).not.toContain(berhane.personId);
    const timeline = (await rowsOf('timeline', payload.householdId)) as { kind: string }[];
    expect(timeline.map((t) => t.kind)).toContain('household-member-removed');
  });

  it('counts a member listed twice once, as first listed', async () => {
    const payload = family(municipality, 'Berg');
    const [head] = payload.members;
    payload.members = [...payload.members, member(payload.householdId, municipality, { ...head, givenName: 'Duplicate' })];

    await applyOneByOne([envelope(householdRegistered, payload, at(0))]);

    const sut = await household(payload.householdId);
    expect(sut.memberNames).toEqual(['Aster', 'Berhane', 'Celo']);
  });
});
