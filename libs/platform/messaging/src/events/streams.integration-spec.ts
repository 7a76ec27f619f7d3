import { randomBytes } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { ensureStream } from './streams';
import { NATS_URL } from './testing/messaging-test-env';

describe('ensureStream (JetStream)', () => {
  const suffix = randomBytes(6).toString('hex');
  const name = `TEST_MSG_STREAMS_${suffix.toUpperCase()}`;
  const subject = (event: string) => `ankomst.msgtest-streams-${suffix}.${event}.v1`;
  let nats: NatsConnection;

  beforeAll(async () => {
    nats = await connect({ servers: NATS_URL });
  });

  afterAll(async () => {
    await (await nats.jetstreamManager()).streams.delete(name).catch(() => undefined);
    await nats.close();
  });

  it('creates the stream, is idempotent, and only ever adds subjects', async () => {
    const jsm = await nats.jetstreamManager();
    const declared = { name, duplicateWindowMs: 60_000, maxAgeMs: 3_600_000 };

    const created = await ensureStream(jsm, { ...declared, subjects: [subject('a-happened')] });
    expect(created.config.subjects).toEqual([subject('a-happened')]);
    expect(created.config.duplicate_window).toBe(60_000 * 1e6);

    const again = await ensureStream(jsm, { ...declared, subjects: [subject('a-happened')] });
    expect(again.created).toEqual(created.created);

    // An older replica declaring fewer subjects does not remove the newer one's.
    await ensureStream(jsm, { ...declared, subjects: [subject('b-happened')] });
    const sut = await ensureStream(jsm, { ...declared, subjects: [subject('a-happened')] });
    expect(sut.config.subjects).toEqual([subject('a-happened'), subject('b-happened')]);
  });
});
