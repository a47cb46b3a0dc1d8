import type { MiddlewareHandler } from 'hono';
import type { ZodType } from 'zod';
import type { Role } from '@vigil/shared/schemas/common';
import type { AppEnv } from './context.ts';
import { errors } from './errors.ts';

export interface ResponseMeta {
  description: string;
  schema?: ZodType;
  /** Non-JSON bodies (downloads, HTML). */
  contentType?: string;
}

/**
 * What every route declares (DESIGN "every route declares the roles it admits"). `roles: 'public'` admits anyone,
 * signed in or not; otherwise the caller must be signed in with one of these roles (admin is always admitted).
 */
export interface RouteMeta {
  roles: readonly Role[] | 'public';
  summary: string;
  tags?: string[];
  body?: ZodType;
  query?: ZodType;
  params?: ZodType;
  /** Body is not JSON (e.g. multipart or a stream); documented as this content type. */
  bodyContentType?: string;
  responses: Record<number, ResponseMeta>;
}

export const routeMetaKey = Symbol('vigil.routeMeta');
export type DeclaredHandler = MiddlewareHandler<AppEnv> & { [routeMetaKey]: RouteMeta };

/**
 * The first handler of every route: carries its documentation and enforces its roles.
 * `app.routes` exposes it, so the OpenAPI document and the role-matrix test read the same declaration.
 */
export function route(meta: RouteMeta): DeclaredHandler {
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (meta.roles !== 'public') {
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      if (auth.user.role !== 'admin' && !meta.roles.includes(auth.user.role)) throw errors.forbidden();
    }
    await next();
  };
  return Object.assign(handler, { [routeMetaKey]: meta });
}

export function routeMetaOf(handler: unknown): RouteMeta | undefined {
  return typeof handler === 'function' ? (handler as Partial<DeclaredHandler>)[routeMetaKey] : undefined;
}
