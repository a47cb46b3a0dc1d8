import { randomUUID } from 'node:crypto';
import type { Manifest } from '@vigil/shared/schemas/capture';
import type { App } from '../app.ts';
import { signedCapture, upload, uploadBody, type TestDevice } from './evidence.ts';
import { feedScreenshot } from './png.ts';

type Files = Map<string, { type: string; provenance: Manifest['artefacts'][number]['provenance']; bytes: Uint8Array }>;
const json = (v: unknown) => new Uint8Array(Buffer.from(JSON.stringify(v, null, 2)));

export interface PostFacts {
  post: string;
  uid?: string;
  account?: string;
  text?: string;
  publishedAt?: string;
  counts?: Record<string, number>;
  countsShown?: Record<string, string>;
}

/**
 * The files of a real unit capture as the extension makes them (issue 6/10): real PNG screenshots, MHTML, unit.json
 * with counts as displayed and as integers, and environment.json with browser, extension build and clock offset.
 */
export function realisticFiles(p: PostFacts, opts: { screenshot?: [number, number] } = {}): Files {
  const [w, h] = opts.screenshot ?? [640, 400];
  const uid = p.uid ?? '1234567890';
  const url = `https://weibo.com/${uid}/${p.post}`;
  const unit = {
    adapter: 'weibo', capturedFrom: url, key: `weibo:${p.post}`, platform: 'weibo', kind: 'post', truncated: false,
    text: p.text ?? '青禾乳业的奶粉喝出了异物，孩子住院三天，厂家至今不回应，大家千万别买！', author: { name: p.account ?? '爆料君', id: uid, url: `https://weibo.com/u/${uid}` },
    permalink: url, publishedAt: p.publishedAt ?? '2026-11-20T02:30:00.000Z', counts: p.counts ?? { reposts: 12000, comments: 3456, likes: 100000 },
    countsShown: p.countsShown ?? { reposts: '1.2万', comments: '3456', likes: '10万+' }, comments: [],
  };
  const environment = {
    browser: { name: 'Google Chrome', version: '142.0.7444.59', platform: 'Windows', platformVersion: '15.0.0' },
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/142.0.0.0 Safari/537.36',
    extension: { id: 'abcdefghijklmnopabcdefghijklmnop', name: 'Vigil 舆情哨兵', version: '0.3.0', files: [{ path: 'background.js', sha256: 'a'.repeat(64), size: 1200 }, { path: 'manifest.json', sha256: 'b'.repeat(64), size: 900 }] },
    viewport: { width: 1280, height: 800, devicePixelRatio: 1 },
    page: { url, title: `${p.account ?? '爆料君'}的微博`, tabUrl: url, tabTitle: '微博', scrollHeight: 4000 },
    timeZone: 'Asia/Shanghai', locale: 'zh-CN', deviceTime: '2026-11-22T01:00:01.000Z',
    clock: { offsetMs: 12, uncertaintyMs: 540, apiDate: 'Sun, 22 Nov 2026 01:00:00 GMT', method: 'Date header of GET /api/health', egressAddress: '203.0.113.7' },
    method: { viewport: 'chrome.tabs.captureVisibleTab (PNG)', fullPage: null, snapshot: 'chrome.pageCapture.saveAsMHTML (live tab, no reload)', unit: 'Vigil site adapter over the live DOM' },
  };
  return new Map([
    ['viewport.png', { type: 'image/png', provenance: 'onscreen' as const, bytes: feedScreenshot(w, h, p.post.length) }],
    ['unit.png', { type: 'image/png', provenance: 'onscreen' as const, bytes: feedScreenshot(Math.round(w * 0.8), Math.round(h * 0.45), 3) }],
    ['page.mhtml', { type: 'multipart/related', provenance: 'browser' as const, bytes: new Uint8Array(Buffer.from(`MIME-Version: 1.0\r\n\r\n<html>${unit.text}</html>`)) }],
    ['unit.json', { type: 'application/json', provenance: 'adapter' as const, bytes: json(unit) }],
    ['environment.json', { type: 'application/json', provenance: 'environment' as const, bytes: json(environment) }],
  ]);
}

/** Uploads a realistic capture of one Weibo post by `user`; returns its capture id. */
export async function uploadPost(app: App, user: { user: { id: string; name: string }; headers: Record<string, string> }, device: TestDevice, p: PostFacts, opts: { screenshot?: [number, number] } = {}): Promise<string> {
  const uid = p.uid ?? '1234567890';
  const cap = await signedCapture(user.user, device, {
    captureId: randomUUID(),
    files: realisticFiles(p, opts),
    tweak: (m) => {
      m.page = { url: `https://weibo.com/${uid}/${p.post}`, title: `${p.account ?? '爆料君'}的微博` };
      m.unit = { platform: 'weibo', key: `weibo:${p.post}`, permalink: `https://weibo.com/${uid}/${p.post}` };
    },
  });
  const res = await upload(app, user.headers, uploadBody(cap));
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return cap.manifest.captureId;
}
