import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

export const housingEnv = commonEnv.extend({
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(services.housing.database),
});

export type HousingConfig = z.infer<typeof housingEnv>;

export const loadHousingConfig = (env: Record<string, string | undefined> = process.env): HousingConfig =>
  loadConfig(housingEnv, env);
