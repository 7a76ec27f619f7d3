import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError } from '../api/api-error';
import { queryKeys } from '../api/query-keys';
import { fetchMe, fetchOidcProviders, login, logout, type CurrentUser } from './auth-api';
import { onSessionExpired, setAccessToken } from './token-store';

/**
 * The signed-in user, or null. On first load there is no token in memory yet: /auth/me answers
 * 401, the fetch wrapper tries the refresh cookie once, and the session is restored if it works.
 */
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
    queryFn: async ({ signal }) => {
      try {
        return await fetchMe(signal);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
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
