import type { ServiceInfo } from '@ankomst/contracts';
import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DynamicModule, Type } from '@nestjs/common';
import { type MicroserviceOptions, Transport } from '@nestjs/microservices';
import { Logger as PinoLogger } from 'nestjs-pino';
import { RpcExceptionFilter } from './rpc-exception.filter';

/**
 * Starts a department service as a NATS microservice. `queue` lets several replicas
 * share the request load (each request is answered once).
 */
export async function createServiceApp(
  rootModule: DynamicModule | Type,
  service: ServiceInfo,
  natsUrl: string,
): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice<MicroserviceOptions>(rootModule, {
    transport: Transport.NATS,
    options: { servers: [natsUrl], queue: `${service.key}-service`, name: service.app },
    bufferLogs: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.useGlobalFilters(new RpcExceptionFilter());
  app.enableShutdownHooks();
  return app;
}

/** The `main.ts` of every service: boot, or exit non-zero with the reason. */
export function runService(start: () => Promise<INestMicroservice>): void {
  start()
    .then((app) => app.listen())
    .catch((error: unknown) => {
      // Config errors already name the variable: print them plainly, not as a stack.
      process.stderr.write(`Cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
