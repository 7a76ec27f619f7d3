import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { assertSameSiteRequest } from './csrf';

const request = (headers: Record<string, string>) =>
  ({ protocol: 'https', headers: { host: 'ankomst.example.no', ...headers } }) as unknown as FastifyRequest;

describe('assertSameSiteRequest', () => {
  const sut = (headers: Record<string, string>) => () => assertSameSiteRequest(request(headers), ['https://portal.example.no']);

  it('needs the custom header', () => {
    expect(sut({})).toThrow(ForbiddenException);
    expect(sut({ 'x-requested-with': 'XMLHttpRequest' })).toThrow(ForbiddenException);
    expect(sut({ 'x-requested-with': 'ankomst' })).not.toThrow();
  });

  it('accepts the own origin and allowed CORS origins, refuses any other', () => {
    expect(sut({ 'x-requested-with': 'ankomst', origin: 'https://ankomst.example.no' })).not.toThrow();
    expect(sut({ 'x-requested-with': 'ankomst', origin: 'https://portal.example.no' })).not.toThrow();
    expect(sut({ 'x-requested-with': 'ankomst', origin: 'https://evil.example' })).toThrow(ForbiddenException);
    expect(sut({ 'x-requested-with': 'ankomst', origin: 'null' })).toThrow(ForbiddenException);
  });
});
