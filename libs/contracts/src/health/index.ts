export * from './permissions';
export * from './checklist';
export * from './children';
export * from './endpoints';
export * from './events';
