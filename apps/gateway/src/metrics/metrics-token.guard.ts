import { type CanActivate, type ExecutionContext, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `/metrics` shows the platform's inner workings (event lag, error rates, process state):
 * only the scraper holding `METRICS_TOKEN` reads it. Without a configured token the
 * endpoint does not exist, so a forgotten setting closes it instead of opening it.
 */
@Injectable()
export class MetricsTokenGuard implements CanActivate {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.METRICS_TOKEN;
    if (!expected) throw new NotFoundException('Metrics are switched off: set METRICS_TOKEN to scrape them');
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const presented = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    // Compared as fixed-length digests: the comparison takes as long whatever was sent.
    if (!presented || !timingSafeEqual(digest(presented), digest(expected))) {
      throw new UnauthorizedException('A valid metrics token is required');
    }
    return true;
  }
}
