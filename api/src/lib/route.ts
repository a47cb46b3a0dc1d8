/**
 * How to declare a route (issue 9 item 5): the declaration IS the validation. Copy this shape:
 *
 *   .post(
 *     '/:id/notes',
 *     route({ roles: ['pr_lead'], summary: 'Add a note', params: IdParam, body: NoteInput, responses: { 201: { … } } }),
 *     async (c) => {
 *       const auth = requireAuth(c);               // typed Auth; 401 if nobody is signed in
 *       const { id } = c.req.valid('param');       // validated by route() because `params` is declared
 *       const note = c.req.valid('json');          // likewise `body` (and `query`)
 *     },
 *   )
 *
 * route() checks the roles first (401/403 before any 400), then validates `params`, `query` and `body` with the
 * one error shape, and types `c.req.valid()` for the handler and for `hc<AppType>`. Do not add `valid()` after it.
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { ZodType } from 'zod';
import type { Role } from '@vigil/shared/schemas/common';
import type { AppEnv, Auth } from './context.ts';
import { errors } from './errors.ts';
import { valid } from './validate.ts';

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
  /** JSON body, validated by route(). */
  body?: ZodType;
  /** Query string, validated by route(). */
  query?: ZodType;
  /** Path parameters, validated by route(). */
  params?: ZodType;
  /** Body is not JSON (e.g. multipart or a stream); documented as this content type. */
  bodyContentType?: string;
  responses: Record<number, ResponseMeta>;
}

type Target = 'json' | 'query' | 'param';
/** The `Input` a zod validator on `target` gives a Hono handler (what `c.req.valid(target)` returns). */
type InputOf<K extends Target, S> = S extends ZodType
  ? ReturnType<typeof valid<S, K>> extends MiddlewareHandler<any, any, infer I>
    ? I
    : {}
  : {};
type DeclaredInput<M extends RouteMeta> = InputOf<'param', M['params']> & InputOf<'query', M['query']> & InputOf<'json', M['body']>;

export const routeMetaKey = Symbol('vigil.routeMeta');
export type DeclaredHandler<I extends object = {}> = MiddlewareHandler<AppEnv, string, I> & { [routeMetaKey]: RouteMeta };

/**
 * The first handler of every route: carries its documentation, enforces its roles and validates what it declares.
 * `app.routes` exposes it, so the OpenAPI document and the role-matrix test read the same declaration.
 */
export function route<M extends RouteMeta>(meta: M): DeclaredHandler<DeclaredInput<M>> {
  const validators: MiddlewareHandler[] = [];
  if (meta.params) validators.push(valid('param', meta.params));
  if (meta.query) validators.push(valid('query', meta.query));
  if (meta.body) validators.push(valid('json', meta.body));
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (meta.roles !== 'public') {
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      if (auth.user.role !== 'admin' && !meta.roles.includes(auth.user.role)) throw errors.forbidden();
    }
    const run = async (i: number): Promise<void> => {
      const validator = validators[i];
      if (!validator) return next();
      await validator(c, () => run(i + 1));
    };
    await run(0);
  };
  return Object.assign(handler, { [routeMetaKey]: meta as RouteMeta });
}

/** The signed-in caller; a 401 when there is none (route() already refused anonymous callers on non-public routes). */
export function requireAuth(c: Context<AppEnv, any, any>): Auth {
  const auth = c.get('auth');
  if (!auth) throw errors.unauthorized();
  return auth;
}

export function routeMetaOf(handler: unknown): RouteMeta | undefined {
  return typeof handler === 'function' ? (handler as Partial<DeclaredHandler>)[routeMetaKey] : undefined;
}
