import { type AccessTokenResponse, type MeResponse, permissionsOf } from '@ankomst/contracts';
import { HttpException, HttpStatus, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { PasswordHasher } from '../users/password-hasher';
import { SessionsService } from '../users/sessions.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService } from './token.service';

/** The user as /auth/me (and the refresh) describes them. */
const meOf = (user: UserEntity): MeResponse => ({
  userId: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role as MeResponse['role'],
  municipality: user.municipality,
  permissions: [...permissionsOf(user.role)],
});

export interface SessionTokens {
  response: AccessTokenResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

export class LockedOutException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super({ message: `Too many failed logins: try again in ${retryAfterSeconds} s` }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

const toAuthenticated = (user: UserEntity): AuthenticatedUser => ({
  userId: user.id,
  username: user.username,
  role: user.role,
  municipality: user.municipality,
});

@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login(username: string, password: string, ip: string): Promise<SessionTokens> {
    const locked = await this.throttle.lockedFor(username, ip);
    if (locked > 0) throw new LockedOutException(locked);
    const user = await this.users.findActiveByUsername(username);
    // Same work and the same answer whether the user is missing or the password is wrong.
    const valid = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !valid) {
      await this.throttle.recordFailure(username, ip);
      this.logger.warn({ ip, event: 'login.failed' }, 'Failed login');
      throw new UnauthorizedException('Invalid username or password');
    }
    await this.throttle.recordSuccess(username, ip);
    return this.startSession(user);
  }

  /** A session for an already-authenticated user (password login or OIDC). */
  async startSession(user: UserEntity): Promise<SessionTokens> {
    const { familyId, token, expiresAt } = await this.sessions.start(user.id);
    return { response: await this.accessToken(user, familyId), refreshToken: token, refreshExpiresAt: expiresAt };
  }

  async refresh(presented: string | undefined): Promise<SessionTokens & { user: MeResponse }> {
    if (!presented) throw new UnauthorizedException('No session');
    const outcome = await this.sessions.rotate(presented);
    if (outcome.kind === 'reused') {
      this.logger.warn({ userId: outcome.userId, event: 'refresh.reuse' }, 'Refresh token reused: session family revoked');
      throw new UnauthorizedException('Session ended');
    }
    if (outcome.kind === 'invalid') throw new UnauthorizedException('Session ended');
    const user = await this.users.findActiveById(outcome.userId);
    if (!user) throw new UnauthorizedException('Session ended');
    return {
      response: await this.accessToken(user, outcome.familyId),
      refreshToken: outcome.token,
      refreshExpiresAt: outcome.expiresAt,
      user: meOf(user),
    };
  }

  async logout(presented: string | undefined): Promise<void> {
    if (presented) await this.sessions.revokeFamilyOf(presented);
  }

  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    if (!(await this.users.changeOwnPassword(userId, currentPassword, newPassword))) {
      throw new HttpException({ message: 'Current password is wrong' }, HttpStatus.BAD_REQUEST);
    }
  }

  async me(actor: AuthenticatedUser): Promise<MeResponse> {
    const user = await this.users.findActiveById(actor.userId);
    if (!user) throw new UnauthorizedException('Account is no longer active');
    return meOf(user);
  }

  private async accessToken(user: UserEntity, sessionId: string): Promise<AccessTokenResponse> {
    return {
      accessToken: await this.tokens.sign(toAuthenticated(user), sessionId),
      tokenType: 'Bearer',
      expiresIn: this.tokens.accessTokenTtlSeconds,
    };
  }
}
