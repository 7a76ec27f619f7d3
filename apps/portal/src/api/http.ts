import { csrfHeader, meResponse, type MeResponse } from '@ankomst/contracts';
import { ApiError, toApiError } from './api-error';
import { takeEarlyRefresh } from '../auth/early-refresh';
import { getAccessToken, notifySessionExpired, setAccessToken } from '../auth/token-store';

/** The gateway refuses refresh/logout without it: a cross-site form cannot set this header. */
export const csrfHeaders: Record<string, string> = { [csrfHeader.name]: csrfHeader.value };

export type QueryValue = string | number | boolean | undefined | null;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** false for login/refresh themselves: a 401 there is an answer, not an expired token. */
  retryOn401?: boolean;
}

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A refresh that worked, with the user when the gateway sends it along; null when it did not. */
export type RefreshOutcome = { user: MeResponse | undefined } | null;

let refreshInFlight: Promise<RefreshOutcome> | undefined;

/** One refresh at a time: parallel 401s (and the session restore) wait for the same refresh instead of racing. */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshInFlight ??= (async () => {
    try {
      const response = await (takeEarlyRefresh() ??
        fetch('/api/auth/refresh', {
          method: 'POST',
          credentials: 'include',
          headers: { ...csrfHeaders, Accept: 'application/json' },
        }));
      if (!response.ok) return null;
      const body = (await response.json()) as { accessToken?: unknown; user?: unknown };
      if (typeof body.accessToken !== 'string') return null;
      setAccessToken(body.accessToken);
      const user = meResponse.safeParse(body.user);
      return { user: user.success ? user.data : undefined };
    } catch {
      return null;
    } finally {
      refreshInFlight = undefined;
    }
  })();
  return refreshInFlight;
}

export const refreshAccessToken = async (): Promise<boolean> => (await refreshSession()) !== null;

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  const token = getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
  }
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Every API call goes through here: bearer token, one refresh-and-retry on 401, and the
 * gateway's error shape turned into an ApiError the pages can show.
 */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 401 && options.retryOn401 !== false) {
    const hadSession = getAccessToken() !== undefined;
    if (await refreshAccessToken()) {
      response = await send(path, options);
    } else if (hadSession) {
      notifySessionExpired();
    }
  }
  const body = await readBody(response);
  if (!response.ok) {
    throw toApiError(response.status, body, response.headers.get('x-correlation-id') ?? undefined, response.headers.get('retry-after'));
  }
  return body as T;
}
