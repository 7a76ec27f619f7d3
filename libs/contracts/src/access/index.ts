export * from './roles';
export * from './role-permissions';
export * from './auth';
export * from './audit';
export * from './actor-may';
export * from './access-report-lookup';
