import { type EventContract, type EventEnvelope, type EventPayload } from '@ankomst/contracts';
import { healthFollowUpChanged } from '@ankomst/contracts/health/events';
import { createTestDatabase, type TestDatabase } from '@ankomst/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { enterLiveReadModel, handlersBySubject } from '../read-model/projection-runner';
import { LIVE_SCHEMA, readModelDdl } from '../read-model/read-model.schema';
import { projectors } from '.';

// The health projection straight against Postgres: the later snapshot wins whatever the order,
// and the section holds the follow-up status and the responsible unit, nothing else.

const handlers = handlersBySubject(projectors);
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString();

function envelope<C extends EventContract>(contract: C, payload: EventPayload<C>, occurredAt: string): EventEnvelope {
  return {
    id: randomUUID(),
    subject: contract.subject,
    aggregateId: randomUUID(),
    municipality: '1103',
    occurredAt,
    actor: 'test',
    correlationId: randomUUID(),
    payload,
  };
}

describe('health projection (real Postgres)', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const apply = (events: EventEnvelope[]) =>
    dataSource.transaction(async (manager) => {
      await enterLiveReadModel(manager, events);
      for (const event of events) await handlers.get(event.subject)!.apply(event, manager);
    });
  const change = (personId: string, householdId: string, followUp: 'active' | 'closed', minutes: number) =>
    envelope(
      healthFollowUpChanged,
      { personId, householdId, municipality: '1103', followUp, responsibleUnit: 'migra-station', changedOn: '2026-01-01' },
      at(minutes),
    );
  const section = async (personId: string) =>
    (
      (await dataSource.query(`SELECT data FROM read_model.section WHERE subject_id = $1 AND section = 'health'`, [personId])) as {
        data: Record<string, unknown>;
      }[]
    )[0]?.data;

  beforeAll(async () => {
    db = await createTestDatabase('health_projector');
    const url = new URL(db.serverUrl);
    url.pathname = `/${db.name}`;
    dataSource = await new DataSource({ type: 'postgres', url: url.toString() }).initialize();
    await dataSource.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await dataSource.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const statement of readModelDdl(LIVE_SCHEMA)) await dataSource.query(statement);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('keeps the later status when the earlier event arrives last, and holds status and unit only', async () => {
    const [personId, householdId] = [randomUUID(), randomUUID()];
    await apply([change(personId, householdId, 'closed', 5)]);
    await apply([change(personId, householdId, 'active', 1)]);

    const sut = await section(personId);
    expect(sut).toMatchObject({ followUp: 'closed', responsibleUnit: 'migra-station' });
    expect(Object.keys(sut ?? {}).sort()).toEqual(['at', 'followUp', 'responsibleUnit', 'since']);
  });

  it('gives the same result one by one and in one batch, and a redelivered event adds no second timeline entry', async () => {
    const [personId, householdId] = [randomUUID(), randomUUID()];
    const events = [change(personId, householdId, 'active', 1), change(personId, householdId, 'closed', 2)];
    await apply(events);
    await apply([events[1]]);

    expect((await section(personId))?.['followUp']).toBe('closed');
    const entries = (await dataSource.query(`SELECT kind FROM read_model.timeline WHERE person_id = $1 ORDER BY occurred_at`, [
      personId,
    ])) as { kind: string }[];
    expect(entries.map((e) => e.kind)).toEqual(['health-follow-up-active', 'health-follow-up-closed']);
  });
});
