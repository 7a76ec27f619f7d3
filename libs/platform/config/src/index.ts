export { loadConfig, ConfigError } from './load-config';
export { commonEnv, type CommonEnv } from './common-env';
