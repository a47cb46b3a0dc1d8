import { registeredDevice, sampleFiles, signedCapture, upload, uploadBody } from '../../api/src/test-support/evidence.ts';

// A signed capture uploaded over real HTTP to a running `vigil serve`, made by the same helpers the API's own tests
// use (device key, canonical manifest, signature, VGC1 body): workspace tests need evidence to review without
// driving the extension through a capture first. The capture itself is the extension's, tested in capture.spec.ts.

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

type RequestApp = Parameters<typeof registeredDevice>[0];

/** The helpers call `app.request(path, init)`; here that is fetch against the server. */
const overHttp = (baseUrl: string) => ({ request: (path: string, init?: RequestInit) => fetch(`${baseUrl}${path}`, init) }) as unknown as RequestApp;

export interface UploadedCapture {
  id: string;
  manifestSha256: string;
  artefacts: { name: string; size: number; sha256: string }[];
}

/** Registers a device for the token's user and uploads one signed Weibo post capture; resolves once stored (201). */
export async function uploadCapture(baseUrl: string, token: string): Promise<UploadedCapture> {
  const app = overHttp(baseUrl);
  const headers = { authorization: `Bearer ${token}` };
  const me = await fetch(`${baseUrl}/api/me`, { headers });
  if (!me.ok) throw new Error(`GET /api/me: ${me.status} ${await me.text()}`);
  const { user } = (await me.json()) as { user: { id: string; name: string } };
  const device = await registeredDevice(app, headers);
  const files = sampleFiles();
  // A real PNG (1×1), so the workspace's screenshot preview has an image to decode.
  files.set('viewport.png', { type: 'image/png', provenance: 'onscreen', bytes: Uint8Array.from(Buffer.from(ONE_PIXEL_PNG, 'base64')) });
  files.set('unit.json', {
    type: 'application/json',
    provenance: 'adapter',
    bytes: new TextEncoder().encode(JSON.stringify({ platform: 'weibo', kind: 'post', key: 'weibo:Oabc123', author: { name: '奶粉受害者联盟', verified: false }, publishedAt: '2026-11-21T23:30:00.000Z', counts: { reposts: 32000, comments: 1200, likes: 5400 }, text: '某品牌奶粉喝出问题，宝宝过敏住院了！' })),
  });
  files.set('environment.json', {
    type: 'application/json',
    provenance: 'environment',
    bytes: new TextEncoder().encode(JSON.stringify({ browser: { name: 'Google Chrome', version: '142.0.7444.60', platform: 'Windows' }, userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)', extension: { name: 'Vigil 舆情哨兵', version: '0.1.0' }, viewport: { width: 1280, height: 800, devicePixelRatio: 2 }, timeZone: 'Asia/Shanghai', locale: 'zh-CN', clock: { offsetMs: 12, uncertaintyMs: 503 }, method: { viewport: 'chrome.tabs.captureVisibleTab (PNG)' } })),
  });
  const cap = await signedCapture(user, device, { files });
  const res = await upload(app, headers, uploadBody(cap));
  if (res.status !== 201) throw new Error(`POST /api/captures: ${res.status} ${await res.text()}`);
  return { id: cap.manifest.captureId, manifestSha256: cap.sha256, artefacts: cap.manifest.artefacts };
}
