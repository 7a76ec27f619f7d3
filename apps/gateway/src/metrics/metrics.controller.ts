import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '../access/access.decorator';
import { MetricsTokenGuard } from './metrics-token.guard';

collectDefaultMetrics({ prefix: 'ankomst_gateway_' });

/**
 * Prometheus scrape endpoint (process and platform metrics; no personal data). No user
 * login (`@Public`), but the scraper's own bearer token `METRICS_TOKEN`.
 */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Public()
  @UseGuards(MetricsTokenGuard)
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
