import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps, AppEnv } from './lib/context.ts';
import { ApiError, errors } from './lib/errors.ts';
import { openApiDocument } from './lib/openapi.ts';
import { route } from './lib/route.ts';
import { resolveAuth } from './lib/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { captureReportRoutes } from './routes/capture-report.ts';
import { captureRoutes } from './routes/captures.ts';
import { deviceRoutes } from './routes/devices.ts';
import { replyRoutes } from './routes/replies.ts';
import { replyUseRoutes } from './routes/reply-uses.ts';
import { authRoutes } from './routes/auth.ts';
import { meRoutes } from './routes/me.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { userRoutes } from './routes/users.ts';
import { auditRoutes } from './routes/audit.ts';
import { brandRoutes } from './routes/brands.ts';
import { ruleRoutes } from './routes/rules.ts';
import { mentionRoutes } from './routes/mentions.ts';
import { caseRoutes } from './routes/cases.ts';
import { caseLetterRoutes } from './routes/case-letter.ts';
import { caseReportRoutes } from './routes/case-report.ts';
import { legalRoutes, templateRoutes } from './routes/legal.ts';
import { caseCaptureRoutes } from './routes/case-captures.ts';
import { scanCountRoutes } from './routes/scan-counts.ts';
import { adapterHealthRoutes } from './routes/adapter-health.ts';
import { monitorSettingsRoutes } from './routes/monitor-settings.ts';
import { reportArchiveRoutes } from './routes/report-archive.ts';
import { reportRoutes } from './routes/reports.ts';
import { alertRoutes } from './routes/alerts.ts';
import { hotSearchRoutes } from './routes/hot-search.ts';
import { notifyRoutes } from './routes/notify.ts';
import { incidentRoutes } from './routes/incidents.ts';
import { escalationRoutes } from './routes/escalations.ts';
import { serveWeb } from './web.ts';

/** JSON bodies above this are refused before parsing; upload routes set their own limit. */
export const JSON_BODY_LIMIT = 1024 * 1024;

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
    // Before the routes, or real answers go out without them (issue 15): nosniff, CORP same-origin, no framing.
    .use('/api/*', secureHeaders({ crossOriginResourcePolicy: 'same-origin' }))
    .use('/api/*', async (c, next) => {
      await next();
      // JSON answers carry account data (GET /api/me repeats the CSRF token): never kept by a cache (issue 15).
      if (c.res.headers.get('content-type')?.startsWith('application/json') && !c.res.headers.has('cache-control')) {
        c.res.headers.set('Cache-Control', 'no-store');
      }
    })
    .use('*', async (c, next) => {
      c.set('deps', deps);
      c.set('auth', await resolveAuth(c));
      await next();
    })
    .use('*', async (c, next) => {
      if (c.req.path.startsWith('/api/captures')) return next();
      return bodyLimit({ maxSize: JSON_BODY_LIMIT, onError: () => { throw errors.tooLarge(); } })(c, next);
    })
    // reply-uses first: its /approved and /uses must not be read as reply ids.
    .route('/api/replies', replyUseRoutes)
    .route('/api/replies', replyRoutes)
    .route('/api/health', healthRoutes)
    .route('/api/devices', deviceRoutes)
    .route('/api/captures', captureRoutes)
    .route('/api/captures', captureReportRoutes)
    .route('/api/auth', authRoutes)
    .route('/api/me', meRoutes)
    .route('/api/tokens', tokenRoutes)
    .route('/api/users', userRoutes)
    .route('/api/audit', auditRoutes)
    .route('/api/brands', brandRoutes)
    .route('/api/rules', ruleRoutes)
    .route('/api/mentions', mentionRoutes)
    .route('/api/cases', caseRoutes)
    .route('/api/cases', caseCaptureRoutes)
    .route('/api/cases', caseReportRoutes)
    .route('/api/cases', caseLetterRoutes)
    .route('/api/legal', legalRoutes)
    .route('/api/legal/templates', templateRoutes)
    .route('/api/scan-counts', scanCountRoutes)
    .route('/api/adapter-health', adapterHealthRoutes)
    .route('/api/monitor/settings', monitorSettingsRoutes)
    .route('/api/reports/archive', reportArchiveRoutes)
    .route('/api/reports', reportRoutes)
    .route('/api/alerts', alertRoutes)
    .route('/api/hot-search', hotSearchRoutes)
    .route('/api/notify', notifyRoutes)
    .route('/api/incidents', incidentRoutes)
    .route('/api/escalations', escalationRoutes);

  // Not part of the typed chain: it describes the chain.
  app.get(
    '/api/openapi.json',
    route({ roles: 'public', summary: 'This OpenAPI 3.1 document', responses: { 200: { description: 'OpenAPI document' } } }),
    (c) => c.json(openApiDocument(app, deps.config.version)),
  );

  app.notFound((c) => c.json({ error: { code: 'not_found', message: `未找到 / No route ${c.req.method} ${c.req.path}` } }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json({ error: { code: err.code, message: err.message } }, err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'payload_too_large' : status === 400 ? 'bad_request' : `http_${status}`;
      return c.json({ error: { code, message: err.message || '请求无效 / Bad request' } }, status);
    }
    console.error(err);
    return c.json({ error: { code: 'internal', message: '服务器内部错误 / Internal server error' } }, 500);
  });
  if (deps.config.webRoot) serveWeb(app, deps.config.webRoot);
  return app;
}

export type App = ReturnType<typeof createApp>;
export type AppType = App;
