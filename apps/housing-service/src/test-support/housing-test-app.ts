import { type Actor, services } from '@ankomst/contracts';
import { type ServiceTestApp, startServiceTestApp } from '@ankomst/testing';
import { AppModule } from '../app.module';
import { loadHousingConfig } from '../config';

export { dNumber } from './national-ids';

// Test-only: the housing service on a private NATS and a fresh database (libs/testing), plus
// its demo actor and test national ids.

export const officer = (municipality = '1103', userId = 'officer-1'): Actor => ({ userId, role: 'housing-officer', municipality });

export type HousingTestApp = ServiceTestApp;

export const startHousingTestApp = (env: Record<string, string> = {}): Promise<HousingTestApp> =>
  startServiceTestApp({
    service: services.housing,
    module: (base) => AppModule.register(loadHousingConfig({ ...base, ...env })),
    defaultActor: officer(),
  });
