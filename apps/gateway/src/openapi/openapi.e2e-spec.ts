import { type Endpoint, fieldsWithoutPathParams, sendsQuery } from '@ankomst/contracts';
import { caseOverviewApi } from '@ankomst/contracts/case-overview';
import { housingApi } from '@ankomst/contracts/housing';
import { type GatewayTestEnv, startGatewayTestEnv } from '../auth/testing/gateway-test-env';

interface Operation {
  summary: string;
  'x-permissions'?: string[];
  parameters?: { name: string; in: 'path' | 'query' }[];
  requestBody?: { content: { 'application/json': { schema: Record<string, unknown> } } };
  responses: Record<string, { content?: { 'application/json': { schema: Record<string, unknown> } } }>;
}

const declared: Endpoint[] = [...Object.values(housingApi), ...Object.values(caseOverviewApi)];
const openApiPath = (endpoint: Endpoint) => `/api${endpoint.http.path.replace(/:(\w+)/g, '{$1}')}`;

// Every housing and case-overview operation is in /api/openapi.json as declared: its request
// (path parameters, query or body), its response schema under its real success status, and
// the permission a caller needs.
describe('/api/openapi.json documents the declared housing and case-overview operations', () => {
  let env: GatewayTestEnv;
  let paths: Record<string, Record<string, Operation>>;

  beforeAll(async () => {
    env = await startGatewayTestEnv();
    const response = await env.call('GET', '/api/openapi.json');
    expect(response.status).toBe(200);
    paths = ((await response.json()) as { paths: typeof paths }).paths;
  });
  afterAll(async () => {
    await env?.close();
  });

  it.each(declared.map((endpoint) => [`${endpoint.http.method} ${endpoint.http.path}`, endpoint] as const))('%s', (_route, endpoint) => {
    const sut = paths[openApiPath(endpoint)]?.[endpoint.http.method.toLowerCase()];
    expect(sut).toBeDefined();
    expect(sut.summary).toBe(endpoint.summary);
    expect(sut['x-permissions']).toEqual('permissions' in endpoint.access ? endpoint.access.permissions : undefined);

    const parameters = sut.parameters ?? [];
    expect(parameters.filter((p) => p.in === 'path').map((p) => p.name)).toEqual(endpoint.pathParams);
    const fields = fieldsWithoutPathParams(endpoint);
    if (sendsQuery(endpoint)) {
      expect(parameters.filter((p) => p.in === 'query').map((p) => p.name)).toEqual(fields);
      expect(sut.requestBody).toBeUndefined();
    } else if (fields.length > 0) {
      const schema = JSON.stringify(sut.requestBody?.content['application/json'].schema);
      for (const field of fields) expect(schema).toContain(`"${field}"`);
      // The path parameter travels in the path only, never asked for in the body too.
      for (const param of endpoint.pathParams) expect(schema).not.toContain(`"${param}"`);
    }

    const success = sut.responses[String(endpoint.http.status ?? 200)];
    expect(success?.content?.['application/json'].schema).toEqual(expect.objectContaining({ type: 'object' }));
    expect(Object.keys(sut.responses)).toEqual(expect.arrayContaining(['400', '401', '403', '502']));
  });

  it('documents the self-settlement decision as its two choices, the rejection with its reason', () => {
    const schema = paths['/api/housing/self-settlements/{id}/decision'].post.requestBody?.content['application/json'].schema as {
      oneOf?: { properties: Record<string, unknown>; required?: string[] }[];
      anyOf?: { properties: Record<string, unknown>; required?: string[] }[];
    };
    const options = schema.oneOf ?? schema.anyOf ?? [];
    expect(options.map((option) => Object.keys(option.properties).sort())).toEqual([['outcome'], ['outcome', 'reason']]);
    expect(options[1].required).toEqual(expect.arrayContaining(['outcome', 'reason']));
  });
});
