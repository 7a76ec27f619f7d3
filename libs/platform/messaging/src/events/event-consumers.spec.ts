import type { NatsConnection } from 'nats';
import type { DataSource } from 'typeorm';
import { EventConsumers } from './event-consumers';
import { testContract } from './testing/messaging-test-env';

// Registration only: nothing is started, so neither database nor NATS is touched.
const unusedNats = { jetstream: () => ({}) } as unknown as NatsConnection;
const unusedDataSource = {} as DataSource;

describe('EventConsumers.register', () => {
  const contract = testContract('housing', 'household-registered');
  const newSut = () => new EventConsumers(unusedDataSource, unusedNats, { service: 'introduction' });

  it('names the durable after the consuming service and the subject', () => {
    const sut = newSut();
    sut.register(contract, () => undefined);
    expect(sut.durables).toEqual(['introduction__ankomst_housing_household-registered_v1']);
  });

  it('refuses a second handler for the same durable', () => {
    const sut = newSut();
    sut.register(contract, () => undefined);
    expect(() => sut.register(contract, () => undefined)).toThrow(/already registered/);
  });

  it('allows a second handler of one subject under its own durable name', () => {
    const sut = newSut();
    sut.register(contract, () => undefined);
    sut.register(contract, () => undefined, { durable: 'introduction__welcome-letters' });
    expect(sut.durables).toHaveLength(2);
  });
});
