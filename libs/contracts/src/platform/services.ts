/**
 * The departments' services. `key` names NATS subjects (`ankomst.<key>.…`), `database` is
 * the service's own Postgres database: no service reads another's.
 */
export const services = {
  housing: { key: 'housing', app: 'housing-service', database: 'ankomst_housing' },
  introduction: { key: 'introduction', app: 'introduction-service', database: 'ankomst_introduction' },
  health: { key: 'health', app: 'health-service', database: 'ankomst_health' },
  volunteering: { key: 'volunteering', app: 'volunteering-service', database: 'ankomst_volunteering' },
  caseOverview: { key: 'case-overview', app: 'case-overview-service', database: 'ankomst_case_overview' },
} as const;

export type ServiceName = keyof typeof services;
export type ServiceInfo = (typeof services)[ServiceName];

export const serviceList: ServiceInfo[] = Object.values(services);

/** The gateway's own database (users, sessions, audit log). */
export const gatewayDatabase = 'ankomst_gateway';
