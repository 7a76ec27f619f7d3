import { type Actor } from '@ankomst/contracts';
import { type HousingRpcSubject } from '@ankomst/contracts/housing';
import { ServiceClient } from '@ankomst/platform-messaging';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';

export interface HousingConnection {
  /** Request/reply to the housing service as a demo housing officer of the municipality. */
  send<T>(subject: HousingRpcSubject, body: unknown, municipality: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/** Talks to the housing service over NATS, through its own commands (rules and events apply). */
export async function connectToHousing(natsUrl: string): Promise<HousingConnection> {
  const proxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl], name: 'ankomst-seed' } });
  await proxy.connect();
  const client = new ServiceClient(proxy, 30_000);
  const correlationId = `seed-${randomUUID()}`;
  return {
    send: (subject, body, municipality, timeoutMs) => {
      const actor: Actor = { userId: 'demo-seed', role: 'housing-officer', municipality };
      return client.request(subject, body, { correlationId, actor, timeoutMs });
    },
    close: () => proxy.close(),
  };
}
