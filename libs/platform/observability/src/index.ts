export { LoggingModule } from './logging.module';
export { CorrelationInterceptor } from './correlation.interceptor';
export { PingModule } from './ping.module';
