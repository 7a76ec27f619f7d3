/**
 * `nx run case-overview-service:rebuild`: asks the running service to rebuild its read
 * model from the streams and prints the result. NATS_URL as for the services.
 * `--allow-incomplete-streams`: rebuild even when a stream lost its oldest events.
 */
import 'reflect-metadata';
import { caseOverviewRpc, type RebuildResult } from '@ankomst/contracts/case-overview';
import { ServiceClient } from '@ankomst/platform-messaging';
import { ClientProxyFactory, Transport } from '@nestjs/microservices';
import { randomUUID } from 'node:crypto';

async function main(): Promise<void> {
  const proxy = ClientProxyFactory.create({
    transport: Transport.NATS,
    options: { servers: [process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222'], name: 'case-overview-rebuild-cli' },
  });
  await proxy.connect();
  try {
    const client = new ServiceClient(proxy, 30 * 60_000);
    const allowIncompleteStreams = process.argv.includes('--allow-incomplete-streams');
    const result = await client.request<RebuildResult>(
      caseOverviewRpc.rebuild,
      { allowIncompleteStreams },
      {
        correlationId: randomUUID(),
        // Operations, not a user of a municipality: the subject is not reachable through the gateway.
        actor: { userId: `operations:${process.env['USER'] ?? 'cli'}`, role: 'operations', municipality: '0000' },
      },
    );
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await proxy.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
