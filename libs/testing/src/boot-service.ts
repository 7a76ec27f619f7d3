import type { Actor } from '@ankomst/contracts';
import { ServiceClient } from '@ankomst/platform-messaging';
import type { INestMicroservice } from '@nestjs/common';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';

export interface BootedService {
  app: INestMicroservice;
  client: ServiceClient;
  /** Request/reply as a given actor, with a fresh correlation id. */
  request<T>(subject: string, data: unknown, actor?: Actor, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

/**
 * Boots a service in-process on real NATS and gives a client that talks to it through
 * the same transport the gateway uses.
 */
export async function bootService(create: () => Promise<INestMicroservice>, natsUrl: string): Promise<BootedService> {
  const app = await create();
  await app.listen();
  const proxy = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [natsUrl] } });
  await proxy.connect();
  const client = new ServiceClient(proxy, 5_000);
  return {
    app,
    client,
    request: (subject, data, actor, timeoutMs) => client.request(subject, data, { correlationId: randomUUID(), actor, timeoutMs }),
    close: async () => {
      await proxy.close();
      await app.close();
    },
  };
}
