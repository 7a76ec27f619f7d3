import {
  createUserRequest,
  type CreateUserRequest,
  updateUserRequest,
  type UpdateUserRequest,
  userView,
  type UserView,
} from '@ankomst/contracts';
import { Body, Controller, Delete, Get, Param, Patch, Post } from '@nestjs/common';
import { z } from 'zod';
import { RequirePermission } from '../access/access.decorator';
import type { AuthenticatedUser } from '../access/authenticated-request';
import { CurrentActor } from '../access/current-actor.decorator';
import { Audited, personsFrom } from '../audit/audited.decorator';
import { ZodPipe } from '../http/zod-body';
import { ApiDoc } from '../openapi/api-doc.decorator';
import { UsersService } from './users.service';

const purpose = 'user administration';
const userIdOf = (body: unknown) => personsFrom.bodyField('id')(body);

/** User administration for the municipal admin, always within the admin's own municipality. */
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users:manage')
  @Audited({ action: 'user.list', purpose, persons: (body) => (body as { users: UserView[] }).users.map((u) => u.id) })
  @ApiDoc({ summary: 'Accounts of the own municipality', tag: 'users', response: z.object({ users: z.array(userView) }) })
  async list(@CurrentActor() actor: AuthenticatedUser): Promise<{ users: UserView[] }> {
    return { users: await this.users.list(actor.municipality) };
  }

  @Get(':id')
  @RequirePermission('users:manage')
  @Audited({ action: 'user.read', purpose, persons: userIdOf })
  @ApiDoc({ summary: 'One account', tag: 'users', response: userView, errors: { 404: 'No such user in the municipality' } })
  get(@CurrentActor() actor: AuthenticatedUser, @Param('id') id: string): Promise<UserView> {
    return this.users.get(actor.municipality, id);
  }

  @Post()
  @RequirePermission('users:manage')
  @Audited({ action: 'user.create', purpose, persons: userIdOf })
  @ApiDoc({
    summary: 'Creates a local account in the own municipality',
    tag: 'users',
    body: createUserRequest,
    response: userView,
    errors: { 409: 'Username taken' },
  })
  create(@CurrentActor() actor: AuthenticatedUser, @Body(new ZodPipe(createUserRequest)) body: CreateUserRequest): Promise<UserView> {
    return this.users.create(actor.municipality, body);
  }

  @Patch(':id')
  @RequirePermission('users:manage')
  @Audited({ action: 'user.update', purpose, persons: userIdOf })
  @ApiDoc({
    summary: 'Changes name, role, password or active flag',
    tag: 'users',
    body: updateUserRequest,
    response: userView,
    errors: { 404: 'No such user in the municipality' },
  })
  update(
    @CurrentActor() actor: AuthenticatedUser,
    @Param('id') id: string,
    @Body(new ZodPipe(updateUserRequest)) body: UpdateUserRequest,
  ): Promise<UserView> {
    return this.users.update(actor, id, body);
  }

  @Delete(':id')
  @RequirePermission('users:manage')
  @Audited({ action: 'user.deactivate', purpose, persons: userIdOf })
  @ApiDoc({
    summary: 'Deactivates an account and ends its sessions',
    tag: 'users',
    response: userView,
    errors: { 404: 'No such user in the municipality' },
  })
  deactivate(@CurrentActor() actor: AuthenticatedUser, @Param('id') id: string): Promise<UserView> {
    return this.users.deactivate(actor, id);
  }
}
