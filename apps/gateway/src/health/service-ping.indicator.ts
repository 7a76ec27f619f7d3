import { type PingReply, pingSubject, type ServiceInfo } from '@ankomst/contracts';
import { ServiceClient } from '@ankomst/platform-messaging';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { randomUUID } from 'node:crypto';

/** Asks one department service for its own status over NATS. */
@Injectable()
export class ServicePingIndicator {
  constructor(
    private readonly client: ServiceClient,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(service: ServiceInfo, timeoutMs = 2_000): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(service.key);
    try {
      const reply = await this.client.request<PingReply>(pingSubject(service), {}, { correlationId: randomUUID(), timeoutMs });
      const details = { database: reply.database, nats: reply.nats, uptimeSeconds: reply.uptimeSeconds };
      return reply.status === 'up' ? indicator.up(details) : indicator.down(details);
    } catch (error) {
      return indicator.down({ database: 'unknown', nats: 'down', message: (error as Error).message });
    }
  }
}
