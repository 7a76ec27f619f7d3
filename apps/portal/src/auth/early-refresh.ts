/**
 * The session restore's refresh, started before the rest of the portal has been evaluated and
 * rendered: a reload no longer waits for the app's first render to begin it, and the answer
 * (token and user) is often there by the time the app asks. No imports on purpose: main.tsx
 * imports this first, so it runs before the bulk of the code.
 */
let early: Promise<Response> | undefined;

/** The CSRF header of `csrfHeader` in the contracts (kept literal here; a test checks they agree). */
export const earlyRefreshHeaders = { 'x-requested-with': 'ankomst', Accept: 'application/json' } as const;

/** Public pages (volunteer sign-up, a refugee's request) have no session to restore. */
export function startEarlyRefresh(pathname: string): void {
  if (pathname.startsWith('/volunteer/')) return;
  early = fetch('/api/auth/refresh', { method: 'POST', credentials: 'include', headers: earlyRefreshHeaders });
  // A failed request is answered when it is taken; until then it must not count as unhandled.
  early.catch(() => undefined);
}

/** The early refresh's answer, once: a later refresh is a new one. */
export function takeEarlyRefresh(): Promise<Response> | undefined {
  const taken = early;
  early = undefined;
  return taken;
}
