import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

/** The volunteering service's environment: validated at start, a bad value exits naming the variable. */
export const volunteeringEnv = commonEnv.extend({
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(services.volunteering.database),
  /** A public form sent faster than this was not filled in by a person (flood check). */
  SIGN_UP_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(600).default(4),
  /** A person waiting longer than this many weeks goes on the coordinator's attention list. */
  WAIT_ATTENTION_WEEKS: z.coerce.number().int().min(1).max(104).default(12),
});

export type VolunteeringConfig = z.infer<typeof volunteeringEnv>;

export const loadVolunteeringConfig = (env: Record<string, string | undefined> = process.env): VolunteeringConfig =>
  loadConfig(volunteeringEnv, env);
