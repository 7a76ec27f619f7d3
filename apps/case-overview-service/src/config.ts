import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

export const caseOverviewEnv = commonEnv.extend({
  DATABASE_NAME: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
    .default(services.caseOverview.database),
});

export type CaseOverviewConfig = z.infer<typeof caseOverviewEnv>;

export const loadCaseOverviewConfig = (env: Record<string, string | undefined> = process.env): CaseOverviewConfig =>
  loadConfig(caseOverviewEnv, env);
