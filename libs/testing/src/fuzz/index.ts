export { runFuzz, formatFinding, type FuzzReport, type FuzzFinding, type FuzzOptions, type FuzzTarget } from './fuzz-runner';
export { startFuzzSystem, demoUsers, type FuzzSystem } from './fuzz-system';
export { operationsOf, isWrite, type Operation } from './operations';
export { fuzzRequest, type FuzzRequest } from './mutations';
export { SeededRandom } from './random';
