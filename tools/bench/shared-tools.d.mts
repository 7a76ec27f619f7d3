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
export function ensureInfra(options?: { dataDir?: string; log?: (message: string) => void; nats?: boolean }): Promise<Infra>;

/** `nx run-many -t build`; answers a one-line summary ('13 projects, 11 from cache'). */
export function build(options?: { portalOptional?: boolean; log?: (line: string) => void; verbose?: boolean }): Promise<string>;
