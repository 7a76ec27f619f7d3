export * from './permissions';
export * from './endpoints';
export * from './events';
export * from './vocabulary';
