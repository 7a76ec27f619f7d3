export * from './permissions';
export * from './checklist';
export * from './children';
export * from './coordination';
export * from './extra-grants';
export * from './endpoints';
export * from './events';
