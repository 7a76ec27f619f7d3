import { services } from '@ankomst/contracts';
import { commonEnv, loadConfig } from '@ankomst/platform-config';
import { z } from 'zod';

/** 32-byte key given as 64 hex characters or base64; undefined when not set. */
const secretKey = z
  .string()
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
    if (bytes.length !== 32) {
      ctx.addIssue({ code: 'custom', message: 'must be 32 bytes as 64 hex characters or base64' });
      return z.NEVER;
    }
    return bytes;
  });

const nokAmount = (fallback: number) => z.coerce.number({ message: 'must be an amount in NOK' }).int().min(0).default(fallback);

export const housingEnv = commonEnv
  .extend({
    DATABASE_NAME: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case Postgres identifier')
      .default(services.housing.database),
    /** AES-256-GCM key that encrypts national ids at rest. */
    NATIONAL_ID_KEY: secretKey,
    /** HMAC-SHA256 key of the lookup hash of national ids (a different key from the cipher's). */
    NATIONAL_ID_HASH_KEY: secretKey,
    /** Highest monthly rent approved for agreed self-settlement of one person. */
    RENT_LIMIT_SINGLE_NOK: nokAmount(7_000),
    /** Added to the limit for each further household member. */
    RENT_LIMIT_PER_EXTRA_PERSON_NOK: nokAmount(2_000),
    /** Vacancy target for municipal dwellings, percent. */
    VACANCY_TARGET_PERCENT: z.coerce.number().min(0).max(100).default(4),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['NATIONAL_ID_KEY', 'NATIONAL_ID_HASH_KEY'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required in production' });
    }
  });

export type HousingConfig = z.infer<typeof housingEnv>;

export const HOUSING_CONFIG = Symbol('HOUSING_CONFIG');

export const loadHousingConfig = (env: Record<string, string | undefined> = process.env): HousingConfig => loadConfig(housingEnv, env);
