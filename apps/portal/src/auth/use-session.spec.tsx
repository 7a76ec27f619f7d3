import { renderHook, waitFor, act } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { installFakeFetch } from '../test/fake-fetch';
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

  it('restores the session from the refresh cookie after a reload', async () => {
    installFakeFetch({
      'GET /api/auth/me': [
        { status: 401, body: { code: 'unauthenticated', message: 'no token' } },
        { status: 200, body: me },
      ],
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'fresh' } },
    });

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.user?.username).toBe('privacy-officer'));
    expect(getAccessToken()).toBe('fresh');
  });

  it('is anonymous when there is no session to restore', async () => {
    installFakeFetch({
      'GET /api/auth/me': { status: 401, body: { code: 'unauthenticated', message: 'no token' } },
      'POST /api/auth/refresh': { status: 401, body: { code: 'unauthenticated', message: 'no cookie' } },
    });

    const { result } = renderHook(() => useSession(), { wrapper: wrapper() });

    await waitFor(() => expect(result.current.isLoading).toBe(false));
    expect(result.current.user).toBeNull();
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
