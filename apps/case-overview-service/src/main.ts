import 'reflect-metadata';
import { services } from '@ankomst/contracts';
import { createServiceApp, runService } from '@ankomst/platform-messaging';
import { AppModule } from './app.module';
import { loadCaseOverviewConfig } from './config';

runService(async () => {
  const config = loadCaseOverviewConfig();
  return createServiceApp(AppModule.register(config), services.caseOverview, config.NATS_URL);
});
