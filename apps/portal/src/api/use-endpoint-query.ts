import { type Endpoint, type EndpointInput, type EndpointOutput } from '@ankomst/contracts';
import { useQuery } from '@tanstack/react-query';
import { callEndpoint } from './endpoint-client';

/**
 * The root of a service's query keys, as in `queryKeys` (`['cases']` for the case overview), so
 * invalidating a department's `all` key after a change also refreshes its endpoint queries.
 */
const keyRootOf = (endpoint: Endpoint): string => (endpoint.service === 'case-overview' ? 'cases' : endpoint.service);

/** The query key of a declared endpoint with its input: the declaration names it, nothing is written twice. */
export const endpointQueryKey = (endpoint: Endpoint, input: unknown) => [keyRootOf(endpoint), endpoint.command, input] as const;

/**
 * A TanStack query of a declared read: `useEndpointQuery(participantCounts, {})` is the whole
 * hook. A key written in `queryKeys` stays for queries that others invalidate one by one.
 */
export function useEndpointQuery<E extends Endpoint>(endpoint: E, input: EndpointInput<E>, options: { enabled?: boolean } = {}) {
  return useQuery<EndpointOutput<E>>({
    queryKey: endpointQueryKey(endpoint, input),
    queryFn: ({ signal }) => callEndpoint(endpoint, input, signal),
    ...options,
  });
}
