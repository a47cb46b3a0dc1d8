import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { hostResolverRules } from './chromium.ts';
import { resolveFixture, startFixtureServer, type FixtureServer } from './fixture-server.ts';

const root = mkdtempSync(join(tmpdir(), 'vigil-fixtures-'));
const files: Record<string, string> = {
  'weibo.com/index.html': 'home',
  'weibo.com/harness.html': 'harness',
  'weibo.com/5678901234/QbX7nA2Ke/index.html': 'post',
  'news.sina.com.cn/c/2026-03-05/doc-x.html': 'article',
  'secret.txt': 'outside every host folder',
};
for (const [path, body] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), body);
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(root);
});
afterAll(() => server.stop());

/** What Chromium sends after --host-resolver-rules: the real Host header, our port. */
const get = (host: string, path: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });

test.each([
  ['weibo.com', '/', 200, 'home'],
  ['weibo.com', '/harness.html', 200, 'harness'],
  ['weibo.com', '/harness', 200, 'harness'],
  ['weibo.com', '/5678901234/QbX7nA2Ke', 200, 'post'],
  ['weibo.com', '/5678901234/QbX7nA2Ke?refer_flag=1', 200, 'post'],
  ['news.sina.com.cn', '/c/2026-03-05/doc-x.html', 200, 'article'],
  ['127.0.0.1', '/weibo.com/harness.html', 200, 'harness'],
  ['weibo.com', '/missing.html', 404, undefined],
  ['m.weibo.cn', '/', 404, undefined],
])('%s%s → %i', async (host, path, status, body) => {
  const res = await get(host, path);
  expect(res.status).toBe(status);
  if (body) expect(res.body).toBe(body);
});

test('paths cannot climb out of the host folder', () => {
  expect(resolveFixture(root, 'weibo.com', '/../secret.txt')).toBeNull();
  expect(resolveFixture(root, 'weibo.com', '/%2e%2e/secret.txt')).toBeNull();
  expect(resolveFixture(root, '..', '/secret.txt')).toBeNull();
});

test('the resolver rules send fixture hosts to the server and nothing else anywhere', () => {
  const rules = hostResolverRules(4321);
  expect(rules).toContain('MAP weibo.com 127.0.0.1:4321');
  expect(rules).toContain('MAP *.douyin.com 127.0.0.1:4321');
  expect(rules.indexOf('MAP * ~NOTFOUND')).toBeGreaterThan(rules.lastIndexOf(':4321'));
  expect(rules).toContain('EXCLUDE 127.0.0.1');
});
