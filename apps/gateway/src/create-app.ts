import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
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
import { addRetryAfterOnOutage } from './http/retry-after';

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
  fastify.addHook('onRequest', refuseControlCharactersInPath);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
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

/**
 * The built single-page portal. Deep links (/households/…) are answered with index.html by
 * HttpErrorFilter, since Nest owns Fastify's not-found handler.
 */
async function servePortal(app: NestFastifyApplication, root: string): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false });
}
