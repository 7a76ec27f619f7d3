import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { CorrelationInterceptor } from './correlation.interceptor';
import { requestForLog } from './request-log';

/**
 * The level of a request's completion line: a successful request is logged at debug, so a
 * busy gateway writes no line per answered request at info (the audit log, not the request
 * log, is the record of who read what); client errors at info, server errors at error.
 */
export function requestLogLevel(statusCode: number, error?: Error): 'debug' | 'info' | 'error' {
  if (error || statusCode >= 500) return 'error';
  return statusCode >= 400 ? 'info' : 'debug';
}

export interface LoggingOptions {
  /**
   * The process serves HTTP only (the gateway): no message handlers, so no interceptor that
   * binds a message's correlation id, and one layer less in every request's Nest pipeline.
   */
  httpOnly?: boolean;
}

/**
 * JSON logs (pino) for one process. Every line carries `service`; lines written while
 * handling a request or message also carry its `correlationId`.
 */
@Module({})
export class LoggingModule {
  static forService(service: string, level = process.env.LOG_LEVEL ?? 'info', options: LoggingOptions = {}): DynamicModule {
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
              customLogLevel: (_req, res, error) => requestLogLevel(res.statusCode, error),
            },
            // Written in the background, lines queued meanwhile in one write: a synchronous write
            // per line cost the gateway ~5 % of its CPU under load. pino flushes what is queued
            // when the process exits.
            pino.destination({ dest: 1, sync: false }),
          ],
        }),
      ],
      providers: options.httpOnly ? [] : [{ provide: APP_INTERCEPTOR, useClass: CorrelationInterceptor }],
    };
  }
}
