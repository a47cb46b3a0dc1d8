import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './lib/context.ts';

/** Serves the built workspace: static assets, and index.html for every other non-API path (client routing). */
export function serveWeb(app: Hono<AppEnv>, webRoot: string) {
  const indexPath = join(webRoot, 'index.html');
  app.use('/assets/*', serveStatic({ root: webRoot }));
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api')) return next();
    if (!existsSync(indexPath)) return c.text('Workspace not built: run the start command', 503);
    c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(readFileSync(indexPath, 'utf8'));
  });
}
