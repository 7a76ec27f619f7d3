import { Module } from '@nestjs/common';
import { DemoUsersSeeder } from './demo-users.seeder';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [UsersService, SessionsService, PasswordHasher, DemoUsersSeeder],
  exports: [UsersService, SessionsService, PasswordHasher],
})
export class UsersModule {}
