import { z } from 'zod';
import { departmentEndpoints } from './department-endpoints';
import { defineEndpoint, endpointsIn } from './endpoint';

const output = z.object({ count: z.number() });
const access = { permissions: ['volunteering:read'] as const };

describe('departmentEndpoints', () => {
  it('derives the subject and the route from the command, with no input by default', () => {
    const sut = departmentEndpoints('volunteering');

    const endpoint = sut.get('guide-count', { summary: 'Guides', output, access, audit: false });

    expect(endpoint.subject).toBe('ankomst.volunteering.rpc.guide-count.v1');
    expect(endpoint.http).toEqual({ method: 'GET', path: '/volunteering/guide-count', status: undefined, errors: undefined });
    expect(endpoint.input.parse({})).toEqual({});
  });

  it('puts a path under the route prefix and keeps defineEndpoint’s checks', () => {
    const sut = departmentEndpoints('health', '/refugee-health');
    const input = z.object({ caseId: z.string() });

    const endpoint = sut.post('close-case', {
      summary: 'Close',
      input,
      output,
      access,
      audit: false,
      path: '/cases/:caseId/close',
      status: 201,
    });

    expect(endpoint.http).toMatchObject({ method: 'POST', path: '/refugee-health/cases/:caseId/close', status: 201 });
    expect(endpoint.pathParams).toEqual(['caseId']);
    expect(() => sut.get('get-case', { summary: 'One', output, access, audit: false, path: '/cases/:id' })).toThrow(
      'path parameter :id is not a field of its input',
    );
  });
});

describe('endpointsIn', () => {
  it('collects every endpoint a module exports, also inside an exported api object, once each', () => {
    const one = departmentEndpoints('housing').get('one', { summary: 'One', output, access, audit: false });
    const two = defineEndpoint({
      service: 'housing',
      command: 'two',
      summary: 'Two',
      input: z.object({}),
      output,
      access,
      audit: false,
      http: { method: 'GET', path: '/housing/two' },
    });
    const module = { one, housingApi: { one, two }, oneSchema: output, label: 'not an endpoint', list: [one] };

    const sut = endpointsIn(module);

    expect(sut).toEqual([one, two]);
  });
});
