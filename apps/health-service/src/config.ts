import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

/** The health service's environment: validated at start, a bad value exits naming the variable. */
export const healthEnv = commonEnv.extend({
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(services.health.database),
});

export type HealthConfig = z.infer<typeof healthEnv>;

export const loadHealthConfig = (env: Record<string, string | undefined> = process.env): HealthConfig => loadConfig(healthEnv, env);
