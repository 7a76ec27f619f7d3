import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '../auth/access.decorator';

collectDefaultMetrics({ prefix: 'ankomst_gateway_' });

/** Prometheus scrape endpoint (process and platform metrics; no personal data). */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Public()
  @Header('Content-Type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}
