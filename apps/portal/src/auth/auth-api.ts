import { meResponse, type MeResponse } from '@ankomst/contracts';
import { apiFetch, csrfHeaders } from '../api/http';

export type CurrentUser = MeResponse;

export interface OidcProvider {
  id: string;
  name: string;
  loginUrl: string;
}

export async function login(username: string, password: string): Promise<string> {
  const body = await apiFetch<{ accessToken: string }>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
    retryOn401: false,
  });
  return body.accessToken;
}

export async function logout(): Promise<void> {
  await apiFetch<void>('/api/auth/logout', { method: 'POST', headers: csrfHeaders, retryOn401: false });
}

export async function fetchMe(signal?: AbortSignal): Promise<CurrentUser> {
  return meResponse.parse(await apiFetch<unknown>('/api/auth/me', { signal }));
}

/** Configured single sign-on providers; none (or no endpoint yet) means local login only. */
export async function fetchOidcProviders(signal?: AbortSignal): Promise<OidcProvider[]> {
  const body = await apiFetch<unknown>('/api/auth/oidc/providers', { signal, retryOn401: false });
  const list = Array.isArray(body)
    ? body
    : typeof body === 'object' && body !== null && Array.isArray((body as { providers?: unknown }).providers)
      ? (body as { providers: unknown[] }).providers
      : [];
  return list.flatMap((item) => {
    if (typeof item !== 'object' || item === null) return [];
    const p = item as Record<string, unknown>;
    const id = typeof p.id === 'string' ? p.id : undefined;
    if (!id) return [];
    const name = typeof p.name === 'string' ? p.name : typeof p.displayName === 'string' ? p.displayName : id;
    const loginUrl =
      typeof p.loginUrl === 'string' ? p.loginUrl : `/api/auth/oidc/${encodeURIComponent(id)}/login`;
    return [{ id, name, loginUrl }];
  });
}
