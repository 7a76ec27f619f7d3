import { type Endpoint, type EndpointInput, type EndpointOutput, exportHeader, sendsQuery } from '@ankomst/contracts';
import { apiFetch, type QueryValue, withQuery } from './http';

/**
 * The URL of a declared endpoint for an input: `:name` path parameters filled from the input
 * (encoded), and for reads the rest of the input as the query string.
 */
export function endpointUrl(endpoint: Endpoint, input: Record<string, unknown>): string {
  const path = endpoint.http.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(input[name] ?? '')));
  if (!sendsQuery(endpoint)) return `/api${path}`;
  const rest = Object.fromEntries(Object.entries(input).filter(([key]) => !endpoint.pathParams.includes(key)));
  return withQuery(`/api${path}`, rest as Record<string, QueryValue>);
}

/**
 * Calls a declared endpoint: path, method and types come from the same declaration as the
 * gateway's route, so neither a path nor a response type is written twice. A read for a CSV
 * file says so (`forExport`): the gateway audits it as an export.
 */
export function callEndpoint<E extends Endpoint>(
  endpoint: E,
  input: EndpointInput<E>,
  signal?: AbortSignal,
  { forExport = false }: { forExport?: boolean } = {},
): Promise<EndpointOutput<E>> {
  const values = input as Record<string, unknown>;
  const body = sendsQuery(endpoint)
    ? undefined
    : Object.fromEntries(Object.entries(values).filter(([key]) => !endpoint.pathParams.includes(key)));
  const headers = forExport ? { [exportHeader.name]: exportHeader.value } : undefined;
  return apiFetch<EndpointOutput<E>>(endpointUrl(endpoint, values), { method: endpoint.http.method, body, signal, headers });
}
