import { z } from 'zod';
import type { ServiceInfo } from './services';

/** Request/reply subject every service answers with its own status. */
export const pingSubject = (service: Pick<ServiceInfo, 'key'>) => `ankomst.${service.key}.ping.v1`;

export const componentStatus = z.enum(['up', 'down']);

export const pingReply = z.object({
  service: z.string(),
  status: componentStatus,
  database: componentStatus,
  nats: componentStatus,
  version: z.string(),
  uptimeSeconds: z.number(),
});
export type PingReply = z.infer<typeof pingReply>;
