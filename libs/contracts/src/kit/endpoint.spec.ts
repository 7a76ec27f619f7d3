import { z } from 'zod';
import { defineEndpoint, fieldsWithoutPathParams, inputWithoutPathParams, isPublicEndpoint, sendsQuery } from './endpoint';

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
    expect(fieldsWithoutPathParams(sut)).toEqual(['includeHistory']);
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

  it('leaves the path parameter out of a body whose fields have a cross-field rule', () => {
    const input = z
      .object({ personId: z.string(), validFrom: z.string(), validTo: z.string() })
      .refine((value) => value.validFrom < value.validTo, { path: ['validTo'] });
    const sut = defineEndpoint({
      ...base,
      command: 'give-consent',
      input,
      http: { method: 'POST', path: '/cases/persons/:personId/consents' },
    });
    const body = inputWithoutPathParams(sut);
    expect('shape' in body && Object.keys(body.shape)).toEqual(['validFrom', 'validTo']);
  });

  describe('a discriminated union input', () => {
    const decision = z.discriminatedUnion('outcome', [
      z.object({ caseId: z.string(), outcome: z.literal('approved') }),
      z.object({ caseId: z.string(), outcome: z.literal('rejected'), reason: z.string().min(3) }),
    ]);
    const sut = defineEndpoint({
      ...base,
      command: 'decide-case',
      input: decision,
      http: { method: 'POST', path: '/housing/cases/:caseId/decision' },
    });

    it('keeps the choice in the body without the path parameter, each option with its own rules', () => {
      const body = inputWithoutPathParams(sut);
      expect(fieldsWithoutPathParams(sut)).toEqual(['outcome', 'reason']);
      expect(body.safeParse({ outcome: 'approved' }).success).toBe(true);
      expect(body.safeParse({ outcome: 'rejected' }).success).toBe(false);
      expect(body.safeParse({ outcome: 'rejected', reason: 'no lease' }).success).toBe(true);
      expect(body.safeParse({ outcome: 'maybe' }).success).toBe(false);
    });

    it('refuses a path parameter that one option lacks, and a union in a query', () => {
      const partial = z.discriminatedUnion('outcome', [
        z.object({ caseId: z.string(), outcome: z.literal('approved') }),
        z.object({ outcome: z.literal('rejected') }),
      ]);
      expect(() =>
        defineEndpoint({
          ...base,
          command: 'decide-case',
          input: partial,
          http: { method: 'POST', path: '/housing/cases/:caseId/decision' },
        }),
      ).toThrow('path parameter :caseId is not a field of its input');
      expect(() =>
        defineEndpoint({ ...base, command: 'decide-case', input: decision, http: { method: 'GET', path: '/housing/cases/:caseId' } }),
      ).toThrow('a union input travels in a body');
    });
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
