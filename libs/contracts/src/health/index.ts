export * from './permissions';
export * from './checklist';
export * from './endpoints';
export * from './events';
