/**
 * Query strings carry what people typed into search fields (names of refugees, for a start):
 * a request log line keeps the parameter names, never their values.
 */
export function withoutQueryValues(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const names = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=[redacted]`);
  return `${url.slice(0, at)}?${names.join('&')}`;
}

interface SerializedRequest {
  url?: string;
  query?: unknown;
  [key: string]: unknown;
}

/** pino-http request serializer (applied after the standard one). */
export function requestForLog(request: SerializedRequest): SerializedRequest {
  const { query: _query, ...rest } = request;
  return typeof rest.url === 'string' ? { ...rest, url: withoutQueryValues(rest.url) } : rest;
}
