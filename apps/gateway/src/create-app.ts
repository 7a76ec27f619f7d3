import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
// The package's index would load its 1.4 MB browser bundle into the gateway (~0.5 s at start).
import swaggerUiPath from 'swagger-ui-dist/absolute-path';
import { AppModule } from './app.module';
import { rateLimitOptions } from './auth/rate-limit';
import { TokenService } from './auth/token.service';
import type { GatewayConfig } from './config';
import { HttpErrorFilter } from './http/http-exception.filter';
import { refuseControlCharactersInPath } from './http/path-control-characters';
import { limitRequestsInFlight } from './http/admission';
import { addRetryAfterOnOutage } from './http/retry-after';
import { addSecurityHeaders } from './http/security-headers';

const correlationHeader = 'x-correlation-id';
const validCorrelationId = /^[\w-]{8,64}$/;

/** The gateway: the only HTTP entry. `/api/*` for the API, `/` for the built portal. */
export async function createGatewayApp(config: GatewayConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // Keep a caller's correlation id when it looks like one; otherwise start a new one.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers[correlationHeader];
      return typeof given === 'string' && validCorrelationId.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config), adapter, {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: [{ path: 'metrics', method: RequestMethod.GET }] });
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  app.enableCors({ origin: config.CORS_ORIGINS.length ? config.CORS_ORIGINS : false, credentials: true });

  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header(correlationHeader, request.id);
    addRetryAfterOnOutage(reply);
  });
  limitRequestsInFlight(fastify, config.MAX_REQUESTS_IN_FLIGHT);
  fastify.addHook('onRequest', refuseControlCharactersInPath);
  addSecurityHeaders(fastify);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, rateLimitOptions(config, app.get(TokenService)));
  await app.register(fastifyStatic, {
    root: swaggerUiPath(),
    prefix: '/api/docs/assets/',
    decorateReply: false,
  });
  await servePortal(app, path.resolve(config.PORTAL_DIST));
  return app;
}

/** Vite names everything under assets/ by its content hash: a changed file gets a new name. */
const hashedAsset = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+(\.(br|gz))?$/;

/**
 * How long a browser may keep a portal file: a hashed asset for a year without asking again
 * (its name changes with its content), everything else (index.html above all, which names the
 * current assets) only after revalidating, so a new release is seen at the next load.
 */
export function portalCacheControl(filePath: string): string {
  return hashedAsset.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The built single-page portal. Deep links (/households/…) are answered with index.html by
 * HttpErrorFilter, since Nest owns Fastify's not-found handler.
 *
 * Compressed at build time (apps/portal/build/precompress.ts writes a .br and a .gz beside each
 * text file): the gateway picks the variant the browser accepts and spends no CPU per request.
 * Measured on the largest initial chunk (418 KB): brotli quality 11 takes ~2 s once per build and
 * gives 113 KB; gzip -6 on the fly would cost ~23 ms of the gateway's CPU on every request and
 * send 130 KB (brotli quality 4, a usual on-the-fly level, 14 ms and 132 KB).
 */
async function servePortal(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) return;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      void reply.header('cache-control', portalCacheControl(filePath));
    },
  });
}
