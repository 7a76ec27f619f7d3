import { type Actor, services } from '@ankomst/contracts';
import { type ServiceTestApp, startServiceTestApp } from '@ankomst/testing';
import { AppModule } from '../app.module';
import { loadHealthConfig } from '../config';

// Test-only: the health service on a private NATS and a fresh database (libs/testing).

export const actorOf = (role: Actor['role'] = 'health-worker', municipality = '1103', userId = `${role}-1`): Actor => ({
  userId,
  role,
  municipality,
});

export type HealthTestApp = ServiceTestApp;

export const startHealthTestApp = (env: Record<string, string> = {}): Promise<HealthTestApp> =>
  startServiceTestApp({
    service: services.health,
    module: (base) => AppModule.register(loadHealthConfig({ ...base, ...env })),
    defaultActor: actorOf(),
  });
