import { csrfHeader } from '@ankomst/contracts';
import { earlyRefreshHeaders, startEarlyRefresh, takeEarlyRefresh } from './early-refresh';

describe('the early session refresh', () => {
  const fetchMock = jest.fn(() => Promise.resolve({ ok: false, status: 401 }));
  beforeEach(() => {
    fetchMock.mockClear();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  it('sends the CSRF header the gateway checks', () => {
    expect(earlyRefreshHeaders[csrfHeader.name]).toBe(csrfHeader.value);
  });

  it('starts one refresh that is handed out once', () => {
    startEarlyRefresh('/coordination/cases/abc');
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/refresh', expect.objectContaining({ method: 'POST', credentials: 'include' }));
    expect(takeEarlyRefresh()).toBeDefined();
    expect(takeEarlyRefresh()).toBeUndefined();
  });

  it('asks nothing on the public volunteer pages', () => {
    startEarlyRefresh('/volunteer/sign-up');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(takeEarlyRefresh()).toBeUndefined();
  });
});
