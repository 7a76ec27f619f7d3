// Shared building blocks stay internal (names like `isoDate` would clash across domains).
export { housingById, type HousingById } from './common';
export * from './subjects';
export * from './permissions';
export * from './settlement';
export * from './household';
export * from './household-situation';
export * from './dwelling';
export * from './self-settlement';
export * from './events';
export * from './endpoints';
export * from './person-moved-out';
export * from './transfer';
export * from './transfer-events';
export * from './person-exists';
export * from './planning';
export * from './county-statistics';
