import type { CreateUserRequest, FieldIssue, UpdateUserRequest, UserView } from '@ankomst/contracts';
import { ServiceException } from '@ankomst/platform-messaging';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

/** User accounts. Every admin operation is scoped to the admin's own municipality. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
  ) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  findActiveByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username, active: true });
  }

  findActiveById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id, active: true });
  }

  async count(): Promise<number> {
    return this.users.count();
  }

  async list(municipality: string): Promise<UserView[]> {
    return (await this.users.find({ where: { municipality }, order: { username: 'ASC' } })).map(toUserView);
  }

  async get(municipality: string, id: string): Promise<UserView> {
    return toUserView(await this.inMunicipality(municipality, id));
  }

  async create(municipality: string, request: CreateUserRequest): Promise<UserView> {
    if (await this.users.existsBy({ username: request.username })) throw new ConflictException('Username is taken');
    const saved = await this.users.save(
      this.users.create({
        username: request.username,
        displayName: request.displayName,
        role: request.role,
        municipality,
        passwordHash: await this.hasher.hash(request.password),
        externalIssuer: null,
        externalSubject: null,
        active: true,
      }),
    );
    return toUserView(saved);
  }

  async update(actor: { userId: string; municipality: string }, id: string, request: UpdateUserRequest): Promise<UserView> {
    const user = await this.inMunicipality(actor.municipality, id);
    if (id === actor.userId) refuseSelfLockout(user, request);
    if (request.displayName !== undefined) user.displayName = request.displayName;
    if (request.role !== undefined) user.role = request.role;
    if (request.active !== undefined) user.active = request.active;
    if (request.password !== undefined) user.passwordHash = await this.hasher.hash(request.password);
    const saved = await this.users.save(user);
    // A new role, a reset password or a deactivation ends the old sessions.
    if (request.role !== undefined || request.active === false || request.password !== undefined) await this.sessions.revokeAllOf(id);
    return toUserView(saved);
  }

  /** Accounts are deactivated, not deleted: the audit log keeps pointing at them. */
  async deactivate(actor: { userId: string; municipality: string }, id: string): Promise<UserView> {
    return this.update(actor, id, { active: false });
  }

  async changeOwnPassword(userId: string, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.findActiveById(userId);
    if (!user?.passwordHash || !(await this.hasher.verify(user.passwordHash, currentPassword))) return false;
    user.passwordHash = await this.hasher.hash(newPassword);
    await this.users.save(user);
    await this.sessions.revokeAllOf(userId);
    return true;
  }

  /** An OIDC login: find the account by issuer + subject, or create it; the provider owns role and name. */
  async upsertExternal(input: {
    issuer: string;
    subject: string;
    username: string;
    displayName: string;
    role: string;
    municipality: string;
  }): Promise<UserEntity> {
    const existing = await this.users.findOneBy({ externalIssuer: input.issuer, externalSubject: input.subject });
    if (existing) {
      const roleChanged = existing.role !== input.role;
      Object.assign(existing, { displayName: input.displayName, role: input.role, municipality: input.municipality });
      const saved = await this.users.save(existing);
      if (roleChanged) await this.sessions.revokeAllOf(existing.id);
      return saved;
    }
    const username = (await this.users.existsBy({ username: input.username })) ? `${input.username}.${input.subject}` : input.username;
    return this.users.save(
      this.users.create({
        ...input,
        username,
        externalIssuer: input.issuer,
        externalSubject: input.subject,
        passwordHash: null,
        active: true,
      }),
    );
  }

  async insertSeed(users: Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt'>[]): Promise<void> {
    await this.users.insert(users);
  }

  private async inMunicipality(municipality: string, id: string): Promise<UserEntity> {
    const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.users.findOneBy({ id }) : null;
    // Another municipality's account answers exactly like a missing one.
    if (!user || user.municipality !== municipality) throw new NotFoundException('No such user');
    return user;
  }
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as UserView['role'],
    municipality: user.municipality,
    active: user.active,
    source: user.externalIssuer ?? 'local',
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * An administrator cannot deactivate their own account or change their own role: another
 * administrator has to, so a municipality is not left without one by a slip of the hand.
 */
function refuseSelfLockout(user: { role: string }, request: UpdateUserRequest): void {
  const issues: FieldIssue[] = [];
  if (request.active === false) issues.push({ field: 'active', rule: 'you cannot deactivate your own account', code: 'not_own_account' });
  if (request.role !== undefined && request.role !== user.role)
    issues.push({ field: 'role', rule: 'you cannot change your own role', code: 'not_own_account' });
  if (issues.length) throw ServiceException.validation(issues);
}
