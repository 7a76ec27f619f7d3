import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError } from '../api/api-error';
import { refreshSession } from '../api/http';
import { queryKeys } from '../api/query-keys';
import { fetchMe, fetchOidcProviders, login, logout, type CurrentUser } from './auth-api';
import { getAccessToken, onSessionExpired, setAccessToken } from './token-store';

/**
 * Who is signed in, or null. After a reload there is no access token in memory (it is never
 * stored), so asking /auth/me first would only earn a 401: the session is restored by one
 * refresh (the httpOnly cookie, CSRF header), which answers with the user too, so every page
 * load waits for one request instead of three. /auth/me is asked only when a token is already
 * held or the refresh came without the user. No cookie, or one the gateway refuses, means
 * signed out without asking /auth/me at all.
 */
export async function restoreSession(signal?: AbortSignal): Promise<CurrentUser | null> {
  if (getAccessToken() === undefined) {
    const refreshed = await refreshSession();
    if (!refreshed) return null;
    if (refreshed.user) return refreshed.user;
  }
  try {
    return await fetchMe(signal);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, or null (see restoreSession). */
export function useSession() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onSessionExpired(() => {
        queryClient.setQueryData(queryKeys.auth.me, null);
      }),
    [queryClient],
  );
  const query = useQuery<CurrentUser | null>({
    queryKey: queryKeys.auth.me,
    queryFn: ({ signal }) => restoreSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
  return { user: query.data ?? null, isLoading: query.isPending, error: query.error };
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { username: string; password: string }) => {
      const token = await login(credentials.username, credentials.password);
      setAccessToken(token);
      return fetchMe();
    },
    onSuccess: (user) => {
      queryClient.setQueryData(queryKeys.auth.me, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } finally {
        setAccessToken(undefined);
      }
    },
    onSettled: () => {
      // Signed out first (the shell sees `null` and goes to the login page), then nothing of
      // the previous user may stay in the cache for the next one on this laptop.
      queryClient.setQueryData(queryKeys.auth.me, null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    },
  });
}

export function useOidcProviders() {
  return useQuery({
    queryKey: queryKeys.auth.oidcProviders,
    queryFn: async ({ signal }) => {
      try {
        return await fetchOidcProviders(signal);
      } catch {
        return [];
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
