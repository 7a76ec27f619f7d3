export * from './common/norwegian-id';
export * from './common/norwegian-id.schema';
export * from './common/municipality';
export * from './common/errors';
export * from './common/actor';
export * from './platform/services';
export * from './platform/ping';
export * from './events/envelope';
