export * from './departments';
export * from './consent';
export * from './case';
export * from './referral';
export * from './events';
export * from './subjects';
export * from './permissions';
export * from './endpoints';
