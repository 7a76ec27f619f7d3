import { connect } from 'nats';
import { startTestNats } from './test-nats';

describe('startTestNats', () => {
  it('starts a private JetStream server that survives a hard kill and restart with its streams', async () => {
    const sut = await startTestNats();
    try {
      let nc = await connect({ servers: sut.url });
      await (await nc.jetstreamManager()).streams.add({ name: 'PROBE', subjects: ['probe.>'] });
      await nc.close();

      await sut.kill(true);
      await expect(connect({ servers: sut.url, reconnect: false, timeout: 300 })).rejects.toThrow();
      await sut.restart();

      nc = await connect({ servers: sut.url });
      const info = await (await nc.jetstreamManager()).streams.info('PROBE');
      expect(info.config.subjects).toEqual(['probe.>']);
      await nc.close();
    } finally {
      await sut.stop();
    }
  });
});
