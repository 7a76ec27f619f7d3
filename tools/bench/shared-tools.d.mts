// Declared shapes of what the bench uses from tools/launcher/infra.mjs and tools/build/build.mjs
// (see shared-tools.mjs). Keep in step with those modules' JSDoc.

/** The workspace root (absolute path). */
export const workspaceRoot: string;

/** What `ensureInfra()` answers, and the bench's own fallback (own-infra.mjs) too. */
export interface Infra {
  env: Record<string, string>;
  databaseUrl: string;
  natsUrl: string;
  /** Which servers it started itself: 'postgres', 'nats'. */
  started: string[];
  stop: () => Promise<void>;
}

/** Uses the configured Postgres and NATS when they answer, otherwise starts private ones. */
export function ensureInfra(options?: { dataDir?: string; log?: (message: string) => void }): Promise<Infra>;

/** Builds what is out of date; returns the names of the parts it built ('server', 'portal'). */
export function build(options?: { force?: boolean; portalOptional?: boolean; log?: (line: string) => void }): Promise<string[]>;
