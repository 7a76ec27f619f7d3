import { renderHook, waitFor, act } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { installFakeFetch } from '../test/fake-fetch';
import { startEarlyRefresh } from './early-refresh';
import { getAccessToken, setAccessToken } from './token-store';
import { useLogout, useSession } from './use-session';

const me = {
  userId: 'u1',
  username: 'privacy-officer',
  displayName: 'Demo personvernombud',
  role: 'privacy-officer',
  municipality: '1103',
  permissions: ['audit:read', 'audit:verify'],
};

function wrapper() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

describe('useSession', () => {
  afterEach(() => setAccessToken(undefined));

  it('restores the session after a reload with the refresh alone when it answers with the user', async () => {
    const { calls } = installFakeFetch({
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'fresh', tokenType: 'Bearer', expiresIn: 900, user: me } },
      'GET /api/auth/me': { status: 200, body: me },
    });

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.user?.username).toBe('privacy-officer'));
    expect(getAccessToken()).toBe('fresh');
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['POST /api/auth/refresh']);
  });

  it('takes the refresh main.tsx started early instead of sending a second one', async () => {
    const { calls } = installFakeFetch({
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'early', tokenType: 'Bearer', expiresIn: 900, user: me } },
    });
    startEarlyRefresh('/coordination/cases/abc');

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.user?.username).toBe('privacy-officer'));
    expect(getAccessToken()).toBe('early');
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['POST /api/auth/refresh']);
  });

  it('falls back to one /me after the refresh when the refresh answers without the user, no 401 round first', async () => {
    const { callsTo, calls } = installFakeFetch({
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'fresh' } },
      'GET /api/auth/me': { status: 200, body: me },
    });

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.user?.username).toBe('privacy-officer'));
    expect(getAccessToken()).toBe('fresh');
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual(['POST /api/auth/refresh', 'GET /api/auth/me']);
    expect(callsTo('POST /api/auth/refresh')[0].headers['x-requested-with']).toBe('ankomst');
    expect(callsTo('GET /api/auth/me')[0].headers.Authorization).toBe('Bearer fresh');
  });

  it('is anonymous without asking /me when there is no session to restore', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'POST /api/auth/refresh': { status: 401, body: { code: 'unauthenticated', message: 'no cookie' } },
    });

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.user).toBeNull();
    expect(callsTo('GET /api/auth/me')).toHaveLength(0);
  });

  it('asks /me straight away when a token is already in memory (just logged in)', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'other' } },
    });
    setAccessToken('t');

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.user?.username).toBe('privacy-officer'));
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(0);
  });

  it('logs out: calls the server with the CSRF header and forgets the token', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/auth/me': { status: 200, body: me },
      'POST /api/auth/logout': { status: 204 },
    });
    setAccessToken('t');
    const { result } = renderHook(() => ({ session: useSession(), logout: useLogout() }), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.session.user).not.toBeNull());

    await act(() => result.current.logout.mutateAsync());

    expect(callsTo('POST /api/auth/logout')[0].headers['x-requested-with']).toBe('ankomst');
    expect(getAccessToken()).toBeUndefined();
    await waitFor(() => expect(result.current.session.user).toBeNull());
  });
});
