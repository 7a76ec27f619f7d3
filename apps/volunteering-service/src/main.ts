import 'reflect-metadata';
import { services } from '@ankomst/contracts';
import { createServiceApp, runService } from '@ankomst/platform-messaging';
import { AppModule } from './app.module';
import { loadVolunteeringConfig } from './config';

runService(async () => {
  const config = loadVolunteeringConfig();
  return createServiceApp(AppModule.register(config), services.volunteering, config.NATS_URL);
});
