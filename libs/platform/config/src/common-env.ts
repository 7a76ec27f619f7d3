import { z } from 'zod';

const url = (protocols: string[]) =>
  z.string().refine((value) => protocols.some((p) => value.startsWith(`${p}://`)), {
    message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
  });

/** Variables every Ankomst process reads. */
export const commonEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NATS_URL: url(['nats', 'tls']).default('nats://127.0.0.1:4222'),
  /** Server URL without a database name; each service appends its own database. */
  DATABASE_URL: url(['postgres', 'postgresql']).default('postgres://postgres@127.0.0.1:5432'),
  REQUEST_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100, 'must be at least 100 ms')
    .max(60_000, 'must be at most 60000 ms')
    .default(5_000),
});

export type CommonEnv = z.infer<typeof commonEnv>;
