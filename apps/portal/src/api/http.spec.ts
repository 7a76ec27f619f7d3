import { getAccessToken, onSessionExpired, setAccessToken } from '../auth/token-store';
import { installFakeFetch } from '../test/fake-fetch';
import { ApiError } from './api-error';
import { apiFetch } from './http';

describe('apiFetch', () => {
  afterEach(() => setAccessToken(undefined));

  it('sends the in-memory access token as a bearer token', async () => {
    const { calls } = installFakeFetch({ 'GET /api/housing/households': { status: 200, body: { total: 0, items: [] } } });
    setAccessToken('token-1');

    const sut = await apiFetch<{ total: number }>('/api/housing/households', { query: { limit: 5, q: '' } });

    expect(sut.total).toBe(0);
    expect(calls[0].headers.Authorization).toBe('Bearer token-1');
    expect(calls[0].url).toBe('/api/housing/households?limit=5');
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    const { calls } = installFakeFetch({
      'GET /api/auth/me': [
        { status: 401, body: { code: 'unauthenticated', message: 'expired' } },
        { status: 200, body: { ok: true } },
      ],
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'token-2' } },
    });
    setAccessToken('token-1');

    const sut = await apiFetch<{ ok: boolean }>('/api/auth/me');

    expect(sut.ok).toBe(true);
    expect(getAccessToken()).toBe('token-2');
    const refresh = calls.find((c) => c.url === '/api/auth/refresh');
    expect(refresh?.headers['x-requested-with']).toBe('ankomst');
    expect(calls.at(-1)?.headers.Authorization).toBe('Bearer token-2');
  });

  it('shares one refresh between parallel 401s', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/a': [{ status: 401 }, { status: 200, body: 1 }],
      'GET /api/b': [{ status: 401 }, { status: 200, body: 2 }],
      'POST /api/auth/refresh': { status: 200, body: { accessToken: 'token-3' } },
    });
    setAccessToken('old');

    const sut = await Promise.all([apiFetch('/api/a'), apiFetch('/api/b')]);

    expect(sut).toEqual([1, 2]);
    expect(callsTo('POST /api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session when the refresh fails, and does not loop', async () => {
    const { callsTo } = installFakeFetch({
      'GET /api/cases': { status: 401, body: { code: 'unauthenticated', message: 'expired' } },
      'POST /api/auth/refresh': { status: 401, body: { code: 'unauthenticated', message: 'no cookie' } },
    });
    setAccessToken('old');
    const expired = jest.fn();
    const stop = onSessionExpired(expired);

    await expect(apiFetch('/api/cases')).rejects.toMatchObject({ status: 401, code: 'unauthenticated' });

    stop();
    expect(expired).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeUndefined();
    expect(callsTo('GET /api/cases')).toHaveLength(1);
  });

  it('turns the gateway error shape into an ApiError with field issues', async () => {
    installFakeFetch({
      'POST /api/housing/households': {
        status: 400,
        body: {
          code: 'validation_failed',
          message: 'invalid body',
          issues: [{ field: 'members.0.nationalId', rule: 'national id second check digit is wrong' }],
          correlationId: 'corr-12345678',
        },
      },
    });

    const sut = await apiFetch('/api/housing/households', { method: 'POST', body: {} }).catch((e: unknown) => e);

    expect(sut).toBeInstanceOf(ApiError);
    const error = sut as ApiError;
    expect(error.code).toBe('validation_failed');
    expect(error.correlationId).toBe('corr-12345678');
    expect(error.issueFor('members.0.nationalId')?.rule).toMatch(/second check digit/);
  });

  it('reports no answer at all as a network error', async () => {
    globalThis.fetch = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;

    await expect(apiFetch('/api/health')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
