import { Injectable, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { z } from 'zod';
import { ACCESS_METADATA, type AccessRule } from '../access/access.decorator';
import { API_DOC_METADATA, type ApiDocOptions } from './api-doc.decorator';

type Operation = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' });

const joinPath = (...parts: string[]) =>
  '/' +
  parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .map((p) => (p.startsWith(':') ? `{${p.slice(1)}}` : p))
    .join('/');

/** Builds the OpenAPI 3.1 document by walking the gateway's controllers. */
@Injectable()
export class OpenApiService {
  private document?: Record<string, unknown>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  build(globalPrefix: string): Record<string, unknown> {
    if (this.document) return this.document;
    const paths: Record<string, Record<string, Operation>> = {};
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || !wrapper.metatype) continue;
      const base = (this.reflector.get<string>(PATH_METADATA, wrapper.metatype) ?? '') as string;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as () => unknown;
        const routePath = this.reflector.get<string | undefined>(PATH_METADATA, handler);
        if (routePath === undefined) continue;
        const method = RequestMethod[this.reflector.get<RequestMethod>(METHOD_METADATA, handler)].toLowerCase();
        const doc = this.reflector.get<ApiDocOptions | undefined>(API_DOC_METADATA, handler);
        const access = this.reflector.get<AccessRule | undefined>(ACCESS_METADATA, handler);
        const path = joinPath(base === 'metrics' ? '' : globalPrefix, base, routePath);
        // Nest answers a POST with 201 unless the route says otherwise.
        const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, handler) ?? (method === 'post' ? 201 : 200);
        (paths[path] ??= {})[method] = this.operation(doc, access, path, status);
      }
    }
    this.document = {
      openapi: '3.1.0',
      info: {
        title: 'Ankomst API',
        version: '1',
        description: 'Refugee settlement and integration: the gateway to every department service.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      paths,
    };
    return this.document;
  }

  private operation(doc: ApiDocOptions | undefined, access: AccessRule | undefined, path: string, status: number): Operation {
    const parameters = [
      ...[...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...Object.entries(doc?.query?.shape ?? {}).map(([name, schema]) => ({
        name,
        in: 'query',
        required: !(schema as z.ZodType).safeParse(undefined).success,
        schema: jsonSchema(schema as z.ZodType),
      })),
    ];
    const responses: Record<string, unknown> = {
      [status]: {
        description: status === 201 ? 'Created' : 'OK',
        ...(doc?.response ? { content: { 'application/json': { schema: jsonSchema(doc.response) } } } : {}),
      },
    };
    for (const [status, description] of Object.entries(doc?.errors ?? {})) responses[status] = { description };
    if (access?.kind === 'permission' || access?.kind === 'authenticated') {
      responses[401] = { description: 'Not logged in' };
    }
    if (access?.kind === 'permission') {
      responses[403] = { description: `Needs permission: ${access.permissions.join(', ')}` };
    }
    return {
      summary: doc?.summary ?? path,
      tags: doc?.tag ? [doc.tag] : undefined,
      ...(access?.kind === 'authenticated' ? { security: [{ bearer: [] }] } : {}),
      ...(access?.kind === 'permission' ? { security: [{ bearer: [] }], 'x-permissions': access.permissions } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(doc?.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(doc.body) } } } } : {}),
      responses,
    };
  }
}
