import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { CorrelationInterceptor } from './correlation.interceptor';
import { requestForLog } from './request-log';

/**
 * JSON logs (pino) for one process. Every line carries `service`; lines written while
 * handling a request or message also carry its `correlationId`.
 */
@Module({})
export class LoggingModule {
  static forService(service: string, level = process.env.LOG_LEVEL ?? 'info'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level,
              base: { service },
              // National ids and tokens must never reach a log line.
              redact: {
                paths: [
                  'req.headers.authorization',
                  'req.headers.cookie',
                  '*.nationalId',
                  '*.password',
                  '*.token',
                  // A failed query's parameters can hold person data: log the error, not its values.
                  'err.parameters',
                  'err.driverError.parameters',
                  'err.driverError.detail',
                  'err.detail',
                ],
                censor: '[redacted]',
              },
              // Search terms (names) travel in query strings: logged without their values.
              serializers: { req: requestForLog },
              genReqId: (req) => (req.headers['x-correlation-id'] as string | undefined) ?? crypto.randomUUID(),
              customProps: (req) => ({ correlationId: (req as { id?: unknown }).id }),
              autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/metrics' },
            },
            // Written in the background, lines queued meanwhile in one write: a synchronous write
            // per line cost the gateway ~5 % of its CPU under load. pino flushes what is queued
            // when the process exits.
            pino.destination({ dest: 1, sync: false }),
          ],
        }),
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor }],
    };
  }
}
