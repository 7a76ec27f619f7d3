import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { demoPassword, demoUsers } from './demo-users';
import { PasswordHasher } from './password-hasher';
import { UsersService } from './users.service';

/** Seeds the demo accounts into an empty users table, outside production only. */
@Injectable()
export class DemoUsersSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoUsers');

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.NODE_ENV === 'production') return;
    if ((await this.users.count()) > 0) return;
    const passwordHash = await this.hasher.hash(demoPassword);
    try {
      await this.users.insertSeed(
        demoUsers.map((u) => ({ ...u, passwordHash, externalIssuer: null, externalSubject: null, active: true })),
      );
      this.logger.warn(`Seeded ${demoUsers.length} demo users (NODE_ENV=${this.config.NODE_ENV}); see docs/security.md`);
    } catch (error) {
      // Two gateways starting at once: the other one seeded first.
      if ((error as { code?: string }).code !== '23505') throw error;
    }
  }
}
