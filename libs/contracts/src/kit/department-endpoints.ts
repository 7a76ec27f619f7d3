import { z } from 'zod';
import { defineEndpoint, type Endpoint, type EndpointInputSchema, type EndpointSpec, type HttpMethod } from './endpoint';

type NoInput = z.ZodObject<Record<string, never>>;

/** An endpoint of a known department: the service, subject and route follow from the command. */
export type DepartmentEndpointSpec<I extends EndpointInputSchema, O extends z.ZodType> = Omit<
  EndpointSpec<I, O>,
  'service' | 'command' | 'http' | 'input'
> & {
  /** Defaults to no input. */
  input?: I;
  /** Under the department's route prefix; defaults to `/<command>`. */
  path?: string;
  status?: number;
  errors?: Record<number, string>;
};

type Maker = <O extends z.ZodType, I extends EndpointInputSchema = NoInput>(
  command: string,
  spec: DepartmentEndpointSpec<I, O>,
) => Endpoint<I, O>;

/**
 * The short way to declare a department's endpoint, for `defineEndpoint` with the parts that
 * never change within a department written once:
 *
 *   const volunteering = departmentEndpoints('volunteering');
 *   export const guideCount = volunteering.get('guide-count', { summary, output, access, audit: false });
 *
 * is `GET /api/volunteering/guide-count` on `ankomst.volunteering.rpc.guide-count.v1`.
 */
export function departmentEndpoints(service: string, routePrefix = `/${service}`): Record<Lowercase<HttpMethod>, Maker> {
  const maker =
    (method: HttpMethod): Maker =>
    (command, { input, path, status, errors, ...spec }) =>
      defineEndpoint({
        ...spec,
        service,
        command,
        input: input ?? (z.object({}) as never),
        http: { method, path: `${routePrefix}${path ?? `/${command}`}`, status, errors },
      });
  return { get: maker('GET'), post: maker('POST'), put: maker('PUT'), patch: maker('PATCH'), delete: maker('DELETE') };
}
