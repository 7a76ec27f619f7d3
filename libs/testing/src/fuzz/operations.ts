import type { JsonSchema } from './json-schema-values';

/** One operation of the gateway's OpenAPI document, as the fuzz calls it. */
export interface Operation {
  method: string;
  /** OpenAPI path with `{param}` placeholders. */
  path: string;
  pathParams: string[];
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  /** Who may call it: none (public), any logged-in user, or these permissions. */
  permissions?: string[];
  authenticated: boolean;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: { 'application/json'?: { schema?: JsonSchema } } };
  security?: unknown[];
  'x-permissions'?: string[];
}

/** Every operation of `/api/openapi.json`, in document order (the fuzz's order is then seeded). */
export function operationsOf(document: { paths: Record<string, Record<string, OpenApiOperation>> }): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (operation.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: p.name, required: p.required ?? false, schema: p.schema ?? {} })),
      body: operation.requestBody?.content?.['application/json']?.schema,
      permissions: operation['x-permissions'],
      authenticated: Boolean(operation.security?.length),
    })),
  );
}

export const isWrite = (operation: Operation) => operation.method !== 'GET' && operation.method !== 'HEAD';
