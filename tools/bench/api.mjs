// Finds the routes the bench needs in the gateway's /api/openapi.json, so a renamed route is
// followed and a missing one fails with the list of what exists.
import { PhaseError, fetchFailure } from './processes.mjs';

/** @typedef {{ method: string, path: string, operation?: unknown }} Route one operation of the OpenAPI document */

/**
 * @param {string} baseUrl
 * @returns {Promise<Route[]>}
 */
export async function openApiRoutes(baseUrl) {
  let response;
  try {
    response = await fetch(`${baseUrl}/api/openapi.json`, { signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new PhaseError(`GET /api/openapi.json failed: ${fetchFailure(error)}`);
  }
  if (!response.ok) throw new PhaseError(`GET /api/openapi.json: ${response.status}`);
  const document = /** @type {{ paths?: Record<string, Record<string, unknown>> }} */ (await response.json());
  /** @type {Route[]} */
  const routes = [];
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      routes.push({ method: method.toUpperCase(), path: path.startsWith('/api') ? path : `/api${path}`, operation });
    }
  }
  return routes;
}

/**
 * The first route whose method is `method` and whose path matches one of `patterns`
 * (tried in order). `what` names it in the error.
 * @param {Route[]} routes
 * @param {string} method
 * @param {RegExp[]} patterns
 * @param {string} what
 */
export function findRoute(routes, method, patterns, what) {
  for (const pattern of patterns) {
    const route = routes.find((r) => r.method === method && pattern.test(r.path));
    if (route) return route;
  }
  const listed = routes.map((r) => `${r.method} ${r.path}`).join(', ');
  throw new PhaseError(`the gateway has no ${what} yet (${method} matching ${patterns.join(' or ')}); routes now: ${listed || 'none'}`);
}

/**
 * Fills `{name}` path parameters.
 * @param {string} path
 * @param {Record<string, string | number>} values
 */
export function fillPath(path, values) {
  return path.replace(
    /\{(\w+)\}|:(\w+)/g,
    (/** @type {string} */ _, /** @type {string | undefined} */ a, /** @type {string | undefined} */ b) => {
      const key = /** @type {string} */ (a ?? b); // one of the two groups always matches
      if (!(key in values)) throw new PhaseError(`no value for path parameter ${key} of ${path}`);
      return encodeURIComponent(values[key]);
    },
  );
}

/**
 * JWT claims, unverified (only to learn the demo user's municipality).
 * @param {string} token
 * @returns {Record<string, unknown>}
 */
export function tokenClaims(token) {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  } catch {
    return {};
  }
}

/** @param {Record<string, unknown>} claims */
export function municipalityOf(claims) {
  if (typeof claims.mun === 'string') return claims.mun;
  for (const [key, value] of Object.entries(claims)) {
    if (/municipal|kommune/i.test(key) && typeof value === 'string' && /^\d{4}$/.test(value)) return value;
  }
  return undefined;
}

/**
 * A calendar day in Europe/Oslo (YYYY-MM-DD), as the API's case dates count them: today, or
 * `offsetDays` from it.
 */
export const osloDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date(Date.now() + offsetDays * 86_400_000));
