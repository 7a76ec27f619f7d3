import type { RateLimitPluginOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import type { GatewayConfig } from '../config';
import { bearerToken, type TokenService } from './token.service';

const isLoginRoute = (request: FastifyRequest) => request.url.startsWith('/api/auth/login') || request.url.startsWith('/api/auth/oidc/');

/** A submission to a public operation (no login): its own, much tighter budget per IP. */
export const isPublicSubmission = (request: Pick<FastifyRequest, 'url' | 'method'>) =>
  request.method !== 'GET' && request.method !== 'HEAD' && request.url.startsWith('/api/public/');

/**
 * Not counted: health and metrics probes, and static files (the portal's bundle, deep links
 * answered with its index.html, the API docs' assets). Those requests carry no token, so they
 * would be counted per IP, and a municipality's staff behind one NAT address would exhaust
 * that budget just by opening the portal: the browser's own script loads then fail with 429.
 */
export function isUnmetered(request: Pick<FastifyRequest, 'url'>): boolean {
  const { url } = request;
  if (url === '/api/health' || url === '/metrics') return true;
  return !url.startsWith('/api/') || url.startsWith('/api/docs/assets/');
}

/**
 * Requests per minute per logged-in user (a verified token's subject, so a forged token
 * cannot spend someone else's budget) or per IP when anonymous; login routes have their
 * own, tighter budget per IP on top of the lockout rules, and submissions to the public
 * operations (sign-up forms) a tighter one still: their flood protection.
 */
export function rateLimitOptions(config: GatewayConfig, tokens: TokenService): RateLimitPluginOptions {
  return {
    global: true,
    timeWindow: 60_000,
    max: (request) =>
      isPublicSubmission(request)
        ? config.PUBLIC_SUBMIT_RATE_LIMIT_PER_MINUTE
        : isLoginRoute(request)
          ? config.LOGIN_RATE_LIMIT_PER_MINUTE
          : config.RATE_LIMIT_PER_MINUTE,
    keyGenerator: async (request) => {
      if (isPublicSubmission(request)) return `public:${request.ip}`;
      if (isLoginRoute(request)) return `login:${request.ip}`;
      const token = bearerToken(request.headers.authorization);
      const user = token ? await tokens.verify(token) : undefined;
      return user ? `user:${user.userId}` : `ip:${request.ip}`;
    },
    allowList: isUnmetered,
    errorResponseBuilder: (request, context) => ({
      statusCode: 429,
      code: 'too_many_requests',
      message: `Too many requests: try again in ${Math.ceil(context.ttl / 1000)} s`,
      correlationId: String(request.id),
    }),
  };
}
