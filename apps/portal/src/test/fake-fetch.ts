/** A scripted `fetch`: each call takes the next answer; calls are recorded for assertions. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export function fakeResponse({ status, body, headers = {} }: FakeAnswer) {
  const text = body === undefined ? '' : JSON.stringify(body);
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: { get: (name: string) => headers[name.toLowerCase()] ?? null },
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  };
}

/**
 * Routes by "METHOD path" (query string ignored); a route's answers are used in order and the
 * last one repeats. Unknown routes answer 404 like the gateway does.
 */
export function installFakeFetch(given: Record<string, FakeAnswer[] | FakeAnswer>) {
  // A page test that scripts /auth/me is about a signed-in user: the browser then holds a
  // refresh cookie, which is what restores the session after a load (see restoreSession).
  const routes: Record<string, FakeAnswer[] | FakeAnswer> =
    given['GET /api/auth/me'] && !given['POST /api/auth/refresh']
      ? { ...given, 'POST /api/auth/refresh': { status: 200, body: { accessToken: 'test-token' } } }
      : given;
  const calls: RecordedCall[] = [];
  const used = new Map<string, number>();
  const fetchMock = jest.fn(async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = input.split('?')[0];
    const key = `${method} ${path}`;
    calls.push({
      url: input,
      method,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    });
    const route = routes[key];
    if (!route) return fakeResponse({ status: 404, body: { code: 'not_found', message: `No route ${key}` } });
    const answers = Array.isArray(route) ? route : [route];
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    return fakeResponse(answers[Math.min(index, answers.length - 1)]);
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  return { calls, fetchMock, callsTo: (key: string) => calls.filter((c) => `${c.method} ${c.url.split('?')[0]}` === key) };
}
