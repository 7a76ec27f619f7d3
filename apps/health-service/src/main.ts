import 'reflect-metadata';
import { services } from '@ankomst/contracts';
import { createServiceApp, runService } from '@ankomst/platform-messaging';
import { AppModule } from './app.module';
import { loadHealthConfig } from './config';

runService(async () => {
  const config = loadHealthConfig();
  return createServiceApp(AppModule.register(config), services.health, config.NATS_URL);
});
