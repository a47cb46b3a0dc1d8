import { sha256Hex } from '@vigil/shared/evidence/sha256';
import { createApiClient } from '../api-client.ts';
import type { ProbeMetrics } from './page-probe.ts';

/**
 * The environment report (issue 6, 最高人民法院 规定 第十一条 (1)): what browser and which exact extension build
 * made the capture, on what screen, in which time zone, and how far the device clock is from the API's.
 */

interface UaData {
  brands: { brand: string; version: string }[];
  platform: string;
  mobile: boolean;
  getHighEntropyValues(hints: string[]): Promise<Record<string, unknown>>;
}
const uaData = () => (navigator as Navigator & { userAgentData?: UaData }).userAgentData;

export interface ClockReading {
  offsetMs: number;
  /** Half the round trip: the offset is known to within this. */
  uncertaintyMs: number;
  apiDate: string;
  method: string;
  /** 取证地点 (网络出口): this device's address as the Vigil API saw it at the same request; null when it did not say. */
  egressAddress: string | null;
}

/** API clock minus device clock, from the `Date` header of `GET /api/health` (1 s resolution, RFC 9110). */
export async function clockOffset(apiUrl: string): Promise<ClockReading | null> {
  const client = createApiClient({ apiUrl, token: '' });
  if (!client.baseUrl) return null;
  const sent = Date.now();
  const res = await client.health(2_000);
  const received = Date.now();
  const header = res.ok ? res.headers.get('date') : null;
  if (!header) return null;
  const api = Date.parse(header);
  if (Number.isNaN(api)) return null;
  // The header truncates to the second: its middle is the best estimate.
  const offsetMs = Math.round(api + 500 - (sent + received) / 2);
  const egress = res.ok ? res.headers.get('x-vigil-client-address') : null;
  return {
    offsetMs, uncertaintyMs: Math.ceil((received - sent) / 2) + 500, apiDate: header, method: 'Date header of GET /api/health',
    egressAddress: egress && /^[0-9a-f:.]{2,45}$/i.test(egress) ? egress : null,
  };
}

/** Every file the extension manifest names, plus the manifest itself, with SHA-256: which build captured this. */
export async function extensionFiles(): Promise<{ path: string; sha256: string; size: number }[]> {
  const manifest = chrome.runtime.getManifest() as chrome.runtime.ManifestV3 & { side_panel?: { default_path?: string } };
  const paths = new Set<string>(['manifest.json', 'capture-probe.js']);
  if (manifest.background && 'service_worker' in manifest.background) paths.add(manifest.background.service_worker);
  if (manifest.side_panel?.default_path) paths.add(manifest.side_panel.default_path);
  if (manifest.options_ui?.page) paths.add(manifest.options_ui.page);
  if (manifest.action?.default_popup) paths.add(manifest.action.default_popup);
  for (const cs of manifest.content_scripts ?? []) for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) paths.add(f);
  const out: { path: string; sha256: string; size: number }[] = [];
  for (const path of [...paths].map((p) => p.replace(/^\//, '')).sort()) {
    try {
      const bytes = new Uint8Array(await (await fetch(chrome.runtime.getURL(path))).arrayBuffer());
      out.push({ path, sha256: await sha256Hex(bytes), size: bytes.length });
    } catch {
      out.push({ path, sha256: 'unreadable', size: -1 });
    }
  }
  return out;
}

let filesOnce: ReturnType<typeof extensionFiles> | null = null;

export async function environmentReport(input: { metrics: ProbeMetrics; clock: ClockReading | null; tab: { url: string; title: string }; fullPageMethod: string | null }) {
  const data = uaData();
  const high = await data?.getHighEntropyValues(['fullVersionList', 'platformVersion', 'architecture']).catch(() => ({}));
  const full = (high as { fullVersionList?: { brand: string; version: string }[] } | undefined)?.fullVersionList ?? data?.brands ?? [];
  const main = full.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ?? full.find((b) => b.brand === 'Chromium');
  filesOnce ??= extensionFiles();
  const manifest = chrome.runtime.getManifest();
  return {
    browser: { name: main?.brand ?? 'unknown', version: main?.version ?? 'unknown', brands: full, platform: data?.platform ?? null, platformVersion: (high as { platformVersion?: string } | undefined)?.platformVersion ?? null },
    userAgent: navigator.userAgent,
    extension: { id: chrome.runtime.id, name: manifest.name, version: manifest.version, files: await filesOnce },
    viewport: { width: input.metrics.viewportWidth, height: input.metrics.viewportHeight, devicePixelRatio: input.metrics.devicePixelRatio },
    page: { url: input.metrics.url, title: input.metrics.title, tabUrl: input.tab.url, tabTitle: input.tab.title, scrollHeight: input.metrics.scrollHeight },
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    locale: navigator.language,
    deviceTime: new Date().toISOString(),
    clock: input.clock,
    method: {
      viewport: 'chrome.tabs.captureVisibleTab (PNG)',
      fullPage: input.fullPageMethod,
      snapshot: 'chrome.pageCapture.saveAsMHTML (live tab, no reload)',
      unit: 'Vigil site adapter over the live DOM',
    },
  };
}
