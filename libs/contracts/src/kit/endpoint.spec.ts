import { z } from 'zod';
import { defineEndpoint, inputWithoutPathParams, sendsQuery } from './endpoint';

const base = {
  service: 'housing',
  summary: 'One dwelling',
  output: z.object({ id: z.string() }),
  access: { permissions: ['dwellings:read'] as const },
  audit: false as const,
};

describe('defineEndpoint', () => {
  it('derives the versioned subject and the path parameters', () => {
    const sut = defineEndpoint({
      ...base,
      command: 'get-dwelling',
      version: 2,
      input: z.object({ dwellingId: z.string(), includeHistory: z.boolean().optional() }),
      http: { method: 'GET', path: '/housing/dwellings/:dwellingId' },
    });
    expect(sut.subject).toBe('ankomst.housing.rpc.get-dwelling.v2');
    expect(sut.pathParams).toEqual(['dwellingId']);
    expect(Object.keys(inputWithoutPathParams(sut).shape)).toEqual(['includeHistory']);
    expect(sendsQuery(sut)).toBe(true);
  });

  it('refuses a path parameter that is not a field of the input', () => {
    expect(() =>
      defineEndpoint({
        ...base,
        command: 'get-dwelling',
        input: z.object({ id: z.string() }),
        http: { method: 'GET', path: '/housing/dwellings/:dwellingId' },
      }),
    ).toThrow('path parameter :dwellingId is not a field of its input');
  });

  it('refuses a command that is not kebab-case, and a relative path', () => {
    const input = z.object({});
    expect(() => defineEndpoint({ ...base, command: 'getDwelling', input, http: { method: 'GET', path: '/housing/x' } })).toThrow(
      'kebab-case',
    );
    expect(() => defineEndpoint({ ...base, command: 'get-dwelling', input, http: { method: 'GET', path: 'housing/x' } })).toThrow(
      'must start with /',
    );
  });

  it('sends the input of a write in its body', () => {
    const sut = defineEndpoint({
      ...base,
      command: 'end-tenancy',
      input: z.object({ tenancyId: z.string() }),
      http: { method: 'POST', path: '/housing/tenancies/:tenancyId/end' },
    });
    expect(sendsQuery(sut)).toBe(false);
  });
});
