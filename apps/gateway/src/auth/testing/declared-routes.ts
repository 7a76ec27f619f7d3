import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AUDIT_METADATA, type AuditedOptions } from '../../audit/audited.decorator';
import { ACCESS_METADATA, type AccessRule } from '../../access/access.decorator';

export interface DeclaredRoute {
  method: string;
  /** With `:param` placeholders, e.g. `/api/audit/persons/:personId`. */
  path: string;
  handler: string;
  access: AccessRule | undefined;
  audited: AuditedOptions | undefined;
}

/** Every HTTP route of the running gateway with its access rule, read from Nest's own metadata. */
export function declaredRoutes(app: NestFastifyApplication): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService, { strict: false });
  const scanner = app.get(MetadataScanner, { strict: false });
  const reflector = app.get(Reflector, { strict: false });
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    if (!wrapper.metatype || !wrapper.instance) continue;
    const base = String(reflector.get<string>(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(wrapper.instance) as Record<string, () => unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const routePath = reflector.get<string | undefined>(PATH_METADATA, handler);
      if (routePath === undefined) continue;
      const prefix = base === 'metrics' ? '' : 'api';
      const path =
        '/' +
        [prefix, base, routePath]
          .flatMap((p) => p.split('/'))
          .filter(Boolean)
          .join('/');
      routes.push({
        method: RequestMethod[reflector.get<RequestMethod>(METHOD_METADATA, handler)],
        path,
        handler: `${wrapper.metatype.name}.${name}`,
        access: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler, wrapper.metatype]),
        audited: reflector.get<AuditedOptions | undefined>(AUDIT_METADATA, handler),
      });
    }
  }
  return routes;
}
