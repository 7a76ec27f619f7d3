import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UsersModule } from '../users/users.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { BreakGlassController } from './break-glass/break-glass.controller';
import { BreakGlassService } from './break-glass/break-glass.service';
import { LoginThrottleService } from './login-throttle.service';
import { OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { TokenService } from './token.service';

/** Login, sessions, OIDC, break-glass, and the global access guard on every route. */
@Module({
  imports: [UsersModule],
  controllers: [AuthController, OidcController, BreakGlassController],
  providers: [
    TokenService,
    AuthService,
    LoginThrottleService,
    OidcService,
    BreakGlassService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [TokenService],
})
export class AuthModule {}
