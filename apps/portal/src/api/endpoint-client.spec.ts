import { defineEndpoint, exportHeader } from '@ankomst/contracts';
import { z } from 'zod';
import { installFakeFetch } from '../test/fake-fetch';
import { callEndpoint, endpointUrl } from './endpoint-client';

const declared = {
  service: 'housing',
  summary: 'test',
  output: z.object({ ok: z.boolean() }),
  access: { permissions: ['dwellings:read'] as const },
  audit: false as const,
};
const read = defineEndpoint({
  ...declared,
  command: 'list-dwelling-tenancies',
  input: z.object({ dwellingId: z.string(), since: z.string().optional() }),
  http: { method: 'GET', path: '/housing/dwellings/:dwellingId/tenancies' },
});
const write = defineEndpoint({
  ...declared,
  command: 'end-tenancy',
  input: z.object({ tenancyId: z.string(), endDate: z.string() }),
  http: { method: 'POST', path: '/housing/tenancies/:tenancyId/end' },
});

describe('endpoint client', () => {
  it('fills path parameters (encoded) and puts the rest of a read in the query', () => {
    expect(endpointUrl(read, { dwellingId: 'a/b', since: '2025-01-01' })).toBe('/api/housing/dwellings/a%2Fb/tenancies?since=2025-01-01');
    expect(endpointUrl(read, { dwellingId: 'x' })).toBe('/api/housing/dwellings/x/tenancies');
  });

  it('sends a write with its method and the non-path fields as the JSON body', async () => {
    const { calls } = installFakeFetch({ 'POST /api/housing/tenancies/t1/end': { status: 200, body: { ok: true } } });
    const sut = await callEndpoint(write, { tenancyId: 't1', endDate: '2025-06-30' });
    expect(sut).toEqual({ ok: true });
    expect(calls).toMatchObject([{ url: '/api/housing/tenancies/t1/end', method: 'POST', body: { endDate: '2025-06-30' } }]);
  });

  it('marks a read for a CSV file with the export header, and an ordinary read without it', async () => {
    const { calls } = installFakeFetch({ 'GET /api/housing/dwellings/d1/tenancies': { status: 200, body: { ok: true } } });
    await callEndpoint(read, { dwellingId: 'd1' }, undefined, { forExport: true });
    await callEndpoint(read, { dwellingId: 'd1' });
    expect(calls[0].headers).toMatchObject({ [exportHeader.name]: exportHeader.value });
    expect(calls[1].headers).not.toHaveProperty(exportHeader.name);
  });
});
