import { serviceList } from '@ankomst/contracts';
import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { type HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.decorator';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { ServicePingIndicator } from './service-ping.indicator';

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly services: ServicePingIndicator,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  /**
   * Green (200) only when the gateway's database and every department service, with its
   * database and NATS, are up; otherwise 503 with the same report saying what is down.
   */
  @Get()
  @Public()
  @ApiDoc({ summary: 'Status of the gateway and every department service', tag: 'platform', errors: { 503: 'Something is down' } })
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('gateway-database', { timeout: 1_000 }),
        ...serviceList.map((service) => () => this.services.check(service)),
      ]);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      void reply.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
