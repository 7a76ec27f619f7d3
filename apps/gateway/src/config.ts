import { gatewayDatabase } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';
import { authEnv } from './auth/auth.config';

export const gatewayEnv = commonEnv.extend({
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(1).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(gatewayDatabase),
  /** Built portal to serve at `/`; absent in API-only runs. */
  PORTAL_DIST: z.string().default('dist/apps/portal'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  /**
   * API requests worked on at once; one more is answered 503 with Retry-After at once
   * (load shedding) instead of queueing until the services' answers time out.
   */
  MAX_REQUESTS_IN_FLIGHT: z.coerce.number({ message: 'must be a number' }).int().min(1).default(512),
  /**
   * Bearer token the Prometheus scraper sends to `/metrics` (at least 32 characters).
   * Unset: `/metrics` is switched off (404), it never answers anyone on the public port.
   */
  METRICS_TOKEN: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  ...authEnv,
});

export type GatewayConfig = z.infer<typeof gatewayEnv>;

export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env): GatewayConfig => loadConfig(gatewayEnv, env);
