import 'reflect-metadata';
import { services } from '@ankomst/contracts';
import { createServiceApp, runService } from '@ankomst/platform-messaging';
import { AppModule } from './app.module';
import { loadHousingConfig } from './config';

runService(async () => {
  const config = loadHousingConfig();
  return createServiceApp(AppModule.register(config), services.housing, config.NATS_URL);
});
