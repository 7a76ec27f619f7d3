import { type PingReply, pingSubject, type ServiceInfo } from '@ankomst/contracts';
import { Controller, type DynamicModule, Module } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { DataSource } from 'typeorm';

const startedAt = Date.now();

async function databaseStatus(dataSource: DataSource): Promise<'up' | 'down'> {
  try {
    await dataSource.query('SELECT 1');
    return 'up';
  } catch {
    return 'down';
  }
}

/**
 * Answers `ankomst.<service>.ping.v1` with the service's own view of its database and
 * NATS. Receiving the ping at all proves the NATS subscription works.
 */
function pingController(service: ServiceInfo) {
  @Controller()
  class PingController {
    constructor(private readonly dataSource: DataSource) {}

    @MessagePattern(pingSubject(service))
    async ping(): Promise<PingReply> {
      const database = await databaseStatus(this.dataSource);
      return {
        service: service.app,
        status: database === 'up' ? 'up' : 'down',
        database,
        nats: 'up',
        version: process.env.npm_package_version ?? '0.1.0',
        uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      };
    }
  }
  return PingController;
}

@Module({})
export class PingModule {
  static forService(service: ServiceInfo): DynamicModule {
    return { module: PingModule, controllers: [pingController(service)] };
  }
}
