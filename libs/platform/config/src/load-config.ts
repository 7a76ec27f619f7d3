import { z } from 'zod';

/** Thrown at boot when the environment does not satisfy a service's schema. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; rule: string }[]) {
    super('Invalid configuration:\n' + problems.map((p) => `  - ${p.variable}: ${p.rule}`).join('\n'));
    this.name = 'ConfigError';
  }
}

/**
 * Validates the environment against a zod object schema and returns the typed result.
 * Fails fast with every bad variable named, so a misconfigured service never half-starts.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: Record<string, string | undefined> = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.join('.') || '(environment)',
      rule: issue.message,
    })),
  );
}
