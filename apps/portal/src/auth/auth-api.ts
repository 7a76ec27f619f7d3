import { meResponse, type MeResponse } from '@ankomst/contracts';
import { apiFetch, csrfHeaders } from '../api/http';

export type CurrentUser = MeResponse;

export interface OidcProvider {
  municipality: string;
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

/**
 * Municipalities that log in through their own identity provider (OIDC); none (or no such
 * endpoint on this server) means local login only.
 */
export async function fetchOidcProviders(signal?: AbortSignal): Promise<OidcProvider[]> {
  const body = await apiFetch<{ providers?: Array<{ municipality?: unknown }> }>('/api/auth/oidc', { signal, retryOn401: false });
  return (body?.providers ?? []).flatMap((provider) =>
    typeof provider.municipality === 'string'
      ? [{ municipality: provider.municipality, loginUrl: `/api/auth/oidc/${encodeURIComponent(provider.municipality)}/login` }]
      : [],
  );
}
