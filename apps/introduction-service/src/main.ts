import 'reflect-metadata';
import { services } from '@ankomst/contracts';
import { createServiceApp, runService } from '@ankomst/platform-messaging';
import { AppModule } from './app.module';
import { loadIntroductionConfig } from './config';

runService(async () => {
  const config = loadIntroductionConfig();
  return createServiceApp(AppModule.register(config), services.introduction, config.NATS_URL);
});
