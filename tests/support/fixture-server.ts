import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { fixtureSitesDir } from './paths.ts';

/**
 * Serves saved site pages on loopback at their real hostnames: Chromium resolves weibo.com etc. to this server
 * (`--host-resolver-rules`, chromium.ts), the Host header picks the folder tests/fixtures/sites/<host>/ and the
 * path the file in it — `/` and folders give their index.html, `/a/b` also finds `a/b.html`.
 * For a look by hand, http://127.0.0.1:PORT/<host>/<path> serves the same file.
 */
export interface FixtureServer {
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  /** Every request served or refused, in order: `host path status`. */
  requests: string[];
  stop(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.shtml': 'text/html; charset=utf-8', // sina's article pages (issue 12)
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.mp4': 'video/mp4',
};

const isLoopback = (host: string) => host === '127.0.0.1' || host === 'localhost';

/** The file for host + path, or null. Never leaves the host's folder. */
export function resolveFixture(root: string, host: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (isLoopback(host)) {
    const [, first = '', ...rest] = decoded.split('/');
    if (!first) return null;
    return resolveFixture(root, first, `/${rest.join('/')}`);
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(host)) return null;
  const base = join(root, host.toLowerCase());
  const target = normalize(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return null;
  const candidates = [target, `${target}.html`, join(target, 'index.html')];
  return candidates.find((p) => existsSync(p) && statSync(p).isFile()) ?? null;
}

export function startFixtureServer(root = fixtureSitesDir): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const file = resolveFixture(root, host, pathname);
    requests.push(`${host} ${pathname} ${file ? 200 : 404}`);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`no fixture for ${host}${pathname}`);
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        requests,
        stop: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

/**
 * Answers https://HOST/** for `page` from the plain-http fixture server. douyin.com is on Chromium's HSTS preload
 * list, so http:// is upgraded to https:// before any request leaves the browser.
 */
export async function serveHttpsFromFixtures(page: Page, fixtureUrl: string, host: string) {
  await page.route(`https://${host}/**`, async (route) => {
    const res = await fetch(`${fixtureUrl}/${host}${new URL(route.request().url()).pathname}`);
    await route.fulfill({ status: res.status, contentType: 'text/html; charset=utf-8', body: await res.text() });
  });
}
