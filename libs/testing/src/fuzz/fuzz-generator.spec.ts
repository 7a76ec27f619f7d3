import { giveConsentBody } from '@ankomst/contracts/case-overview';
import { recordSettlementRequest, registerDwelling, registerHousehold } from '@ankomst/contracts/housing';
import { z } from 'zod';
import { type JsonSchema, sampleValue } from './json-schema-values';
import { fuzzRequest } from './mutations';
import type { Operation } from './operations';
import { SeededRandom } from './random';

const jsonSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;

describe('fuzz generator', () => {
  // A baseline the server accepts reaches past validation when a mutation leaves it intact.
  it.each([
    ['registerDwelling', registerDwelling],
    ['recordSettlementRequest', recordSettlementRequest],
    ['registerHousehold', registerHousehold],
    ['giveConsentBody', giveConsentBody],
  ])('builds a baseline %s that its contract accepts', (_name, schema) => {
    const sut = sampleValue(jsonSchemaOf(schema));
    expect(schema.safeParse(sut).error?.issues ?? []).toEqual([]);
  });

  const operation: Operation = {
    method: 'POST',
    path: '/api/housing/dwellings/{id}',
    pathParams: ['id'],
    query: [{ name: 'limit', required: false, schema: { type: 'number' } }],
    body: jsonSchemaOf(registerDwelling),
    authenticated: true,
  };
  const run = (seed: number) => {
    const random = new SeededRandom(seed);
    return Array.from({ length: 50 }, () => fuzzRequest(operation, random, { id: ['7a1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d'] }));
  };

  it('makes the same requests from the same seed, and others from another', () => {
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('breaks the body, the query or the path, and sometimes sends a valid request', () => {
    const mutations = run(7).map((request) => request.mutation);
    expect(mutations.some((m) => m === 'none')).toBe(true);
    expect(
      mutations.some((m) =>
        /^(ownership|address|postalCode|sizeSquareMetres|rooms|monthlyRentNok|accessible|status|availableFrom) = /.test(m),
      ),
    ).toBe(true);
    expect(mutations.some((m) => m.startsWith('?limit='))).toBe(true);
    expect(mutations.some((m) => m.startsWith('{id} = '))).toBe(true);
  });
});
