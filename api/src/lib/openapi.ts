import type { Hono } from 'hono';
import { z, type ZodType } from 'zod';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { routeMetaOf, type RouteMeta } from './route.ts';

export interface DeclaredRoute {
  method: string;
  path: string;
  meta: RouteMeta;
}

/** Every route of the app with its declaration; a route without one is reported with meta undefined. */
export function listRoutes(app: Hono<any>): { method: string; path: string; meta: RouteMeta | undefined }[] {
  const byKey = new Map<string, { method: string; path: string; meta: RouteMeta | undefined }>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api')) continue;
    const key = `${r.method} ${r.path}`;
    const found = byKey.get(key) ?? { method: r.method, path: r.path, meta: undefined };
    found.meta ??= routeMetaOf(r.handler);
    byKey.set(key, found);
  }
  return [...byKey.values()];
}

/** Named schemas (`.meta({ id })`) land in components.schemas; everything else is inlined. */
const components: Record<string, object> = {};
function schemaOf(s: ZodType): object {
  const json = z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema: _ignored, $defs, ...rest } = json;
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, object>)) components[id] = retarget(def);
  return retarget(rest);
}
const retarget = (o: object): object => JSON.parse(JSON.stringify(o).replaceAll('"#/$defs/', '"#/components/schemas/'));

function parametersOf(meta: RouteMeta) {
  const out: object[] = [];
  for (const [where, schema] of [['path', meta.params], ['query', meta.query]] as const) {
    if (!schema) continue;
    const json = schemaOf(schema) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: prop });
    }
  }
  return out;
}

/** OpenAPI 3.1 generated from the same zod schemas the routes validate with. */
export function openApiDocument(app: Hono<any>, version: string) {
  const paths: Record<string, Record<string, object>> = {};
  for (const { method, path, meta } of listRoutes(app)) {
    if (!meta) continue;
    const oaPath = path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const responses: Record<string, object> = {};
    for (const [status, r] of Object.entries(meta.responses)) {
      const ct = r.contentType ?? 'application/json';
      // Every 4xx leaves through the one error door, so a declared error without a schema still has ErrorBody's shape.
      const schema = r.schema ?? (Number(status) >= 400 && !r.contentType ? ErrorBody : undefined);
      responses[status] = schema || r.contentType
        ? { description: r.description, content: { [ct]: schema ? { schema: schemaOf(schema) } : {} } }
        : { description: r.description };
    }
    for (const status of meta.roles === 'public' ? ['400'] : ['400', '401', '403']) {
      responses[status] ??= { description: 'error', content: { 'application/json': { schema: schemaOf(ErrorBody) } } };
    }
    const op: Record<string, unknown> = {
      summary: meta.summary,
      tags: meta.tags ?? [path.split('/')[2] ?? 'api'],
      'x-vigil-roles': meta.roles,
      parameters: parametersOf(meta),
      responses,
    };
    if (meta.roles !== 'public') op.security = [{ bearer: [] }, { session: [] }];
    if (meta.body) op.requestBody = { required: true, content: { 'application/json': { schema: schemaOf(meta.body) } } };
    else if (meta.bodyContentType) op.requestBody = { required: true, content: { [meta.bodyContentType]: {} } };
    (paths[oaPath] ??= {})[method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Vigil 舆情哨兵 API', version },
    components: {
      schemas: { ...components },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'personal access token (extension)' },
        session: { type: 'apiKey', in: 'cookie', name: 'vigil_session', description: 'workspace session' },
      },
    },
    paths,
  };
}
