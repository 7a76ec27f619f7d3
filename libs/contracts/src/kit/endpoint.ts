import { z } from 'zod';
import type { Permission } from '../access/roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint: holders of every listed permission, any logged-in user, or anyone
 * (`public`: no login). A public endpoint lives under `/public/`, names the municipality it
 * addresses in its path (`:municipality`, the only scope an anonymous caller has), reads no
 * one's personal data (no audit) and reaches its service as the anonymous actor.
 */
export type EndpointAccess = { permissions: readonly Permission[] } | { authenticated: true } | { public: true };

/** The role a public endpoint's caller travels under: it holds no permission. */
export const ANONYMOUS_ROLE = 'anonymous';

export const isPublicEndpoint = (endpoint: { access: EndpointAccess }): boolean => 'public' in endpoint.access;

/**
 * The purpose of a read that several units make, each for its own work (forvaltningsloven
 * § 13 b): the gateway records the reader's own unit's purpose, or the one named here for
 * that unit. `{ ofReader: {} }` is the reader's unit's purpose alone.
 */
export interface ReaderPurpose {
  ofReader: Readonly<Record<string, string>>;
}

/**
 * What the audit log records for a call: the action, the purpose of the processing, and whose
 * personal data it read or changed (from the answer, or the input when it failed).
 */
export interface EndpointAudit<I, O> {
  action: string;
  purpose: string | ReaderPurpose;
  persons: (output: O | undefined, input: I) => string[];
}

/**
 * An endpoint's input: one object, or for a body whose fields depend on a choice, a
 * discriminated union of objects (e.g. approve, or reject with a reason).
 */
export type EndpointInputSchema = z.ZodObject | z.ZodDiscriminatedUnion<readonly z.ZodObject[]>;

export interface EndpointSpec<I extends EndpointInputSchema, O extends z.ZodType> {
  /** The owning service's subject segment, e.g. `housing`. */
  service: string;
  /** The command, kebab-case, e.g. `get-dwelling-tenancies`. */
  command: string;
  /** Bumped when the input or output changes incompatibly; the subject carries it. */
  version?: number;
  summary: string;
  /** Path parameters, then the query (GET, DELETE) or the body (others); a union only in a body. */
  input: I;
  output: O;
  access: EndpointAccess;
  /** Every endpoint that touches personal data is audited; `false` says it touches none. */
  audit: EndpointAudit<z.output<I>, z.output<O>> | false;
  http: {
    method: HttpMethod;
    /** Under /api, with `:name` parameters that are fields of `input`, e.g. `/housing/dwellings/:dwellingId`. */
    path: string;
    /** The success status (200 unless said). */
    status?: number;
    /** Statuses the route may answer besides success, with their meaning (for OpenAPI). */
    errors?: Record<number, string>;
  };
}

/** One operation of the platform, declared once: NATS subject, schemas, access, audit, HTTP route. */
export interface Endpoint<I extends EndpointInputSchema = EndpointInputSchema, O extends z.ZodType = z.ZodType> extends EndpointSpec<I, O> {
  /** `ankomst.<service>.rpc.<command>.v<version>` */
  subject: string;
  /** The `:name` parameters of `http.path`, in order. */
  pathParams: readonly string[];
}

export type EndpointInput<E extends Endpoint> = z.input<E['input']>;
export type EndpointOutput<E extends Endpoint> = z.output<E['output']>;

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Marks what defineEndpoint made, so a department's endpoints can be collected from its module. */
const endpointMark = Symbol.for('ankomst.endpoint');

/**
 * Declares an endpoint. Fails at import time when the declaration cannot work: a path
 * parameter that is not an input field, a subject segment that is not kebab-case.
 */
export function defineEndpoint<I extends EndpointInputSchema, O extends z.ZodType>(spec: EndpointSpec<I, O>): Endpoint<I, O> {
  const name = `${spec.service}.${spec.command}`;
  if (!kebab.test(spec.service) || !kebab.test(spec.command)) throw new Error(`endpoint ${name}: service and command must be kebab-case`);
  if (!spec.http.path.startsWith('/')) throw new Error(`endpoint ${name}: http.path must start with /`);
  if (isUnion(spec.input) && sendsQuery(spec)) throw new Error(`endpoint ${name}: a union input travels in a body, not a query`);
  const pathParams = [...spec.http.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
  for (const option of objectsOf(spec.input)) {
    const fields = Object.keys(option.shape);
    for (const param of pathParams) {
      if (!fields.includes(param)) throw new Error(`endpoint ${name}: path parameter :${param} is not a field of its input`);
    }
  }
  const underPublic = spec.http.path.startsWith('/public/');
  if (isPublicEndpoint(spec)) {
    if (!underPublic) throw new Error(`endpoint ${name}: a public endpoint's path must start with /public/`);
    if (!pathParams.includes('municipality')) throw new Error(`endpoint ${name}: a public endpoint names its :municipality in the path`);
    if (spec.audit !== false) throw new Error(`endpoint ${name}: a public endpoint reads no personal data (audit: false)`);
  } else if (underPublic) {
    throw new Error(`endpoint ${name}: only public endpoints live under /public/`);
  }
  const endpoint = { ...spec, subject: `ankomst.${spec.service}.rpc.${spec.command}.v${spec.version ?? 1}`, pathParams };
  return Object.defineProperty(endpoint, endpointMark, { value: true });
}

export const isEndpoint = (value: unknown): value is Endpoint => typeof value === 'object' && value !== null && endpointMark in value;

/**
 * Every endpoint a module exports (a department's contracts entry point, imported as a
 * namespace): the gateway routes them all, so a new declaration needs no list of its own.
 */
export function endpointsIn(module: Readonly<Record<string, unknown>>): Endpoint[] {
  const found = new Set<Endpoint>();
  for (const value of Object.values(module)) {
    if (isEndpoint(value)) found.add(value);
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      Object.values(value)
        .filter(isEndpoint)
        .forEach((e) => found.add(e));
  }
  return [...found];
}

const isUnion = (input: EndpointInputSchema): input is z.ZodDiscriminatedUnion<readonly z.ZodObject[]> => !('shape' in input);
const objectsOf = (input: EndpointInputSchema): readonly z.ZodObject[] => (isUnion(input) ? input.options : [input]);

function withoutFields(input: z.ZodObject, fields: readonly string[]): z.ZodObject {
  if (fields.length === 0) return input;
  const omit = Object.fromEntries(fields.map((field) => [field, true] as const));
  try {
    return input.omit(omit as never);
  } catch {
    // zod refuses to omit from an object with refinements (cross-field rules, which JSON
    // Schema cannot say anyway): document the remaining fields as a plain object.
    return z.object(Object.fromEntries(Object.entries(input.shape).filter(([field]) => !fields.includes(field))));
  }
}

/** The part of an endpoint's input that travels outside the path (query or body). */
export function inputWithoutPathParams(endpoint: Endpoint): EndpointInputSchema {
  const { input, pathParams } = endpoint;
  if (!isUnion(input)) return withoutFields(input, pathParams);
  const options = input.options.map((option) => withoutFields(option, pathParams));
  return z.discriminatedUnion(input._zod.def.discriminator, options as [z.ZodObject, ...z.ZodObject[]]);
}

/** The names of the fields outside the path; for a union, of every option. */
export function fieldsWithoutPathParams(endpoint: Endpoint): string[] {
  const fields = objectsOf(endpoint.input).flatMap((option) => Object.keys(option.shape));
  return [...new Set(fields)].filter((field) => !endpoint.pathParams.includes(field));
}

/** Whether the rest of the input travels in the query string (reads) or in a JSON body. */
export const sendsQuery = (endpoint: Pick<Endpoint, 'http'>) => endpoint.http.method === 'GET' || endpoint.http.method === 'DELETE';
