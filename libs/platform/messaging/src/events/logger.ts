import { Logger } from '@nestjs/common';

/** The part of a Nest logger the messaging classes use (a pino-backed one fits). */
export interface MessagingLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function defaultLogger(context: string): MessagingLogger {
  return new Logger(context);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
