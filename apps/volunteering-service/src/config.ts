import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

/** The volunteering service's environment: validated at start, a bad value exits naming the variable. */
export const volunteeringEnv = commonEnv.extend({
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(services.volunteering.database),
});

export type VolunteeringConfig = z.infer<typeof volunteeringEnv>;

export const loadVolunteeringConfig = (env: Record<string, string | undefined> = process.env): VolunteeringConfig =>
  loadConfig(volunteeringEnv, env);
