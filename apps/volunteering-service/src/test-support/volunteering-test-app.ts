import { type Actor, services } from '@ankomst/contracts';
import { type ServiceTestApp, startServiceTestApp } from '@ankomst/testing';
import { AppModule } from '../app.module';
import { loadVolunteeringConfig } from '../config';

// Test-only: the volunteering service on a private NATS and a fresh database (libs/testing).

export const actorOf = (role: Actor['role'] = 'volunteer-coordinator', municipality = '1103', userId = `${role}-1`): Actor => ({
  userId,
  role,
  municipality,
});

export type VolunteeringTestApp = ServiceTestApp;

export const startVolunteeringTestApp = (env: Record<string, string> = {}): Promise<VolunteeringTestApp> =>
  startServiceTestApp({
    service: services.volunteering,
    module: (base) => AppModule.register(loadVolunteeringConfig({ ...base, ...env })),
    defaultActor: actorOf(),
  });
