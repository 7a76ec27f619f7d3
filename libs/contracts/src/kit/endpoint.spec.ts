import { z } from 'zod';
import { defineEndpoint, inputWithoutPathParams, isPublicEndpoint, sendsQuery } from './endpoint';

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

  describe('a public endpoint', () => {
    const open = { ...base, access: { public: true as const }, command: 'sign-up', input: z.object({ municipality: z.string() }) };

    it('lives under /public/ and names the municipality it addresses', () => {
      const sut = defineEndpoint({ ...open, http: { method: 'POST', path: '/public/volunteering/:municipality/sign-ups' } });
      expect(isPublicEndpoint(sut)).toBe(true);
      expect(sut.pathParams).toEqual(['municipality']);
      expect(() => defineEndpoint({ ...open, http: { method: 'POST', path: '/volunteering/:municipality/sign-ups' } })).toThrow(
        'must start with /public/',
      );
      expect(() =>
        defineEndpoint({ ...open, input: z.object({}), http: { method: 'POST', path: '/public/volunteering/sign-ups' } }),
      ).toThrow('names its :municipality');
    });

    it('is never audited as a read of personal data, and nothing else lives under /public/', () => {
      const audit = { action: 'x', purpose: 'y', persons: () => [] };
      expect(() => defineEndpoint({ ...open, audit, http: { method: 'POST', path: '/public/volunteering/:municipality/x' } })).toThrow(
        'audit: false',
      );
      expect(() =>
        defineEndpoint({
          ...base,
          command: 'x',
          input: z.object({ municipality: z.string() }),
          http: { method: 'GET', path: '/public/x/:municipality' },
        }),
      ).toThrow('only public endpoints');
      expect(isPublicEndpoint(base)).toBe(false);
    });
  });
});
