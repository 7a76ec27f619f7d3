import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const API_DOC_METADATA = 'ankomst:api-doc';

export interface ApiDocOptions {
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  response?: z.ZodType;
  /** HTTP statuses the route may answer besides 200, with their meaning. */
  errors?: Record<number, string>;
}

/** Documents a route in /api/openapi.json from the same zod contracts that validate it. */
export const ApiDoc = (options: ApiDocOptions) => SetMetadata(API_DOC_METADATA, options);
