import { type Actor, services } from '@ankomst/contracts';
import { type ServiceTestApp, startServiceTestApp } from '@ankomst/testing';
import { AppModule } from '../app.module';
import { loadIntroductionConfig } from '../config';

// Test-only: the introduction service on a private NATS and a fresh database (libs/testing).

export const actorOf = (role: Actor['role'] = 'intro-advisor', municipality = '1103', userId = `${role}-1`): Actor => ({
  userId,
  role,
  municipality,
});

export type IntroductionTestApp = ServiceTestApp;

export const startIntroductionTestApp = (env: Record<string, string> = {}): Promise<IntroductionTestApp> =>
  startServiceTestApp({
    service: services.introduction,
    module: (base) => AppModule.register(loadIntroductionConfig({ ...base, ...env })),
    defaultActor: actorOf(),
  });
