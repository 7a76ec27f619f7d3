import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

/** The introduction service's environment: validated at start, a bad value exits naming the variable. */
export const introductionEnv = commonEnv.extend({
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(services.introduction.database),
});

export type IntroductionConfig = z.infer<typeof introductionEnv>;

export const loadIntroductionConfig = (env: Record<string, string | undefined> = process.env): IntroductionConfig =>
  loadConfig(introductionEnv, env);
