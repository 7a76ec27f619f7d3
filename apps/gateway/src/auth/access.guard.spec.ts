import { type ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_METADATA, type AccessRule } from '../access/access.decorator';
import { AccessGuard } from './access.guard';
import { accessState, type AuthenticatedUser } from '../access/authenticated-request';
import type { BreakGlassService } from './break-glass/break-glass.service';
import type { TokenService } from './token.service';
import type { SessionsService } from '../users/sessions.service';

const housingOfficer: AuthenticatedUser = { userId: 'u-1', username: 'housing-officer', role: 'housing-officer', municipality: '1103' };
const volunteer: AuthenticatedUser = { userId: 'u-2', username: 'volunteer', role: 'volunteer', municipality: '1103' };

function contextFor(rule: AccessRule | undefined, request: Partial<FastifyRequest>): ExecutionContext {
  function handler() {
    // stands in for a route method; only its metadata matters
  }
  class SomeController {}
  if (rule) Reflect.defineMetadata(ACCESS_METADATA, rule, handler);
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => SomeController,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  // The stub knows `officer` and `volunteer` and nobody else.
  const known: Record<string, AuthenticatedUser> = { officer: housingOfficer, volunteer };
  const tokens = {
    verifyWithSession: (token: string) => {
      const [who, session] = token.split('.');
      return Promise.resolve(known[who] ? { user: known[who], sessionId: session } : undefined);
    },
  };
  const sessions = { isLive: (sessionId: string) => Promise.resolve(sessionId !== 'ended') };
  const grants = new Map<string, string>([['u-1:person-7', 'grant-1']]);
  const breakGlass = { activeGrantId: (userId: string, personId: string) => Promise.resolve(grants.get(`${userId}:${personId}`)) };
  const sut = new AccessGuard(
    new Reflector(),
    tokens as unknown as TokenService,
    breakGlass as unknown as BreakGlassService,
    sessions as unknown as SessionsService,
  );
  // Fake bearer tokens `<who>.<session>.sig`.
  const request = (token?: string, params: Record<string, string> = {}) =>
    ({
      headers: token ? { authorization: `Bearer ${token.includes('.') ? token : `${token}.live`}.sig` } : {},
      params,
    }) as unknown as FastifyRequest;

  it('refuses a route without an access declaration with 403, even for a logged-in user', async () => {
    await expect(sut.canActivate(contextFor(undefined, request('officer')))).rejects.toThrow(ForbiddenException);
  });

  it('lets anyone through a public route', async () => {
    await expect(sut.canActivate(contextFor({ kind: 'public' }, request()))).resolves.toBe(true);
  });

  it('asks for a login (401) before looking at permissions', async () => {
    await expect(sut.canActivate(contextFor({ kind: 'permission', permissions: ['housing:read'] }, request()))).rejects.toThrow(
      UnauthorizedException,
    );
    await expect(sut.canActivate(contextFor({ kind: 'authenticated' }, request('stranger')))).rejects.toThrow(UnauthorizedException);
    // A correctly signed token of a session that ended (logout, password change, deactivation).
    await expect(sut.canActivate(contextFor({ kind: 'authenticated' }, request('officer.ended')))).rejects.toThrow(UnauthorizedException);
  });

  it('checks every permission against the role table and leaves the user on the request', async () => {
    const req = request('officer');
    await expect(sut.canActivate(contextFor({ kind: 'permission', permissions: ['housing:read', 'dwellings:write'] }, req))).resolves.toBe(
      true,
    );
    expect(accessState(req).user).toEqual(housingOfficer);
    await expect(
      sut.canActivate(contextFor({ kind: 'permission', permissions: ['housing:read', 'users:manage'] }, request('officer'))),
    ).rejects.toThrow(ForbiddenException);
  });

  it('lifts a missing read permission on the one person of an active break-glass grant, and marks the request', async () => {
    const req = request('officer', { personId: 'person-7' });
    await expect(sut.canActivate(contextFor({ kind: 'permission', permissions: ['health:read'] }, req))).resolves.toBe(true);
    expect(accessState(req).breakGlass).toEqual({ grantId: 'grant-1', personId: 'person-7', permissions: ['health:read'] });
  });

  it('does not lift write permissions, other persons, or roles without breakglass:use', async () => {
    const rule = (p: string): AccessRule => ({ kind: 'permission', permissions: [p] });
    await expect(sut.canActivate(contextFor(rule('health:write'), request('officer', { personId: 'person-7' })))).rejects.toThrow(
      ForbiddenException,
    );
    await expect(sut.canActivate(contextFor(rule('health:read'), request('officer', { personId: 'person-8' })))).rejects.toThrow(
      ForbiddenException,
    );
    await expect(sut.canActivate(contextFor(rule('health:read'), request('officer')))).rejects.toThrow(ForbiddenException);
    grants.set('u-2:person-7', 'grant-2');
    await expect(sut.canActivate(contextFor(rule('health:read'), request('volunteer', { personId: 'person-7' })))).rejects.toThrow(
      ForbiddenException,
    );
  });
});
