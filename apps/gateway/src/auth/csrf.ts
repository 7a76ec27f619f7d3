import { csrfHeader } from '@ankomst/contracts';
import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * Routes authenticated by the refresh cookie (refresh, logout) accept only requests a
 * foreign page cannot forge: they must carry `X-Requested-With: ankomst` (a custom header
 * forces a CORS preflight) and, when the browser sends an Origin, it must be our own
 * origin or an allowed CORS origin. The cookie is also SameSite=Strict.
 */
export function assertSameSiteRequest(request: FastifyRequest, allowedOrigins: string[]): void {
  if (request.headers[csrfHeader.name] !== csrfHeader.value) {
    throw new ForbiddenException(`Missing ${csrfHeader.name}: ${csrfHeader.value} header`);
  }
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const own = `${request.protocol}://${request.headers.host ?? ''}`;
  if (origin !== own && !allowedOrigins.includes(origin)) throw new ForbiddenException('Cross-site request refused');
}
