import { type ActorBreakGlass, breakGlassCoverable, hasPermission, type Permission } from '@ankomst/contracts';
import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_METADATA, type AccessRule } from '../access/access.decorator';
import { accessState } from '../access/authenticated-request';
import { SessionsService } from '../users/sessions.service';
import { BreakGlassService } from './break-glass/break-glass.service';
import { bearerToken, TokenService } from './token.service';

/**
 * Global guard on every HTTP route: reads the route's access declaration, the bearer token
 * and the role → permission table. No declaration → 403 (and an error in the log): a
 * forgotten decorator fails closed, never open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly breakGlass: BreakGlassService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!rule) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access rule: refused`);
      throw new ForbiddenException('Route has no access declaration');
    }
    if (rule.kind === 'public') return true;

    const token = bearerToken(request.headers.authorization);
    const verified = token ? await this.tokens.verifyWithSession(token) : undefined;
    // A valid signature is not enough: the session must still be live and the account active.
    if (!verified || !(await this.sessions.isLive(verified.sessionId, verified.user.userId))) {
      throw new UnauthorizedException('Not logged in');
    }
    const user = verified.user;
    const state = accessState(request);
    state.user = user;
    if (rule.kind === 'authenticated') return true;

    const missing = rule.permissions.filter((p) => !hasPermission(user.role, p));
    if (missing.length === 0) return true;
    const breakGlass = await this.breakGlassGrant(request, user, missing);
    if (breakGlass) {
      // Kept on the request: audited as break-glass, and carried to the services in the actor.
      state.breakGlass = breakGlass;
      return true;
    }
    throw new ForbiddenException(`Needs permission: ${missing.join(', ')}`);
  }

  /**
   * Break-glass lifts only read permissions, only on routes about one person
   * (`:personId`), only for roles allowed to break the glass, and only while the grant lasts.
   */
  private async breakGlassGrant(
    request: FastifyRequest,
    user: { userId: string; role: string },
    missing: string[],
  ): Promise<ActorBreakGlass | undefined> {
    const personId = (request.params as Record<string, string | undefined> | undefined)?.personId;
    if (!personId || !hasPermission(user.role, 'breakglass:use')) return undefined;
    const lifted = missing.filter(isBreakGlassCoverable);
    if (lifted.length !== missing.length) return undefined;
    const grantId = await this.breakGlass.activeGrantId(user.userId, personId);
    return grantId ? { grantId, personId, permissions: lifted } : undefined;
  }
}

function isBreakGlassCoverable(permission: string): permission is Permission {
  return (breakGlassCoverable as readonly string[]).includes(permission);
}
