import { callProbe } from './tab-ops.ts';
import { deviceRect, planStitch, type StitchPlan } from './stitch.ts';
import type { ProbeMetrics, Rect } from './page-probe.ts';

/**
 * Screenshots of what the user sees (issue 6). `captureVisibleTab` allows about 2 calls per second per extension
 * (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND), so calls are spaced here rather than failing mid-capture.
 */

const WINDOW_MS = 1_000;
const PER_WINDOW = 2;
const recent: number[] = [];

async function rateLimit() {
  while (recent.length >= PER_WINDOW) {
    const wait = recent[0]! + WINDOW_MS + 20 - Date.now();
    if (wait <= 0) {
      recent.shift();
      continue;
    }
    await new Promise((r) => setTimeout(r, wait));
  }
  recent.push(Date.now());
}

export async function dataUrlToBlob(dataUrl: string): Promise<Blob> {
  return (await fetch(dataUrl)).blob();
}

/** PNG of the visible part of the active tab of `windowId`. */
export async function captureViewport(windowId: number): Promise<Blob> {
  for (let attempt = 0; ; attempt++) {
    await rateLimit();
    try {
      return await dataUrlToBlob(await chrome.tabs.captureVisibleTab(windowId, { format: 'png' }));
    } catch (err) {
      // Another part of the extension may have used the quota; wait a window and try again.
      if (attempt < 3 && /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(err))) continue;
      throw err;
    }
  }
}

const toPng = (canvas: OffscreenCanvas) => canvas.convertToBlob({ type: 'image/png' });

/** The unit's box out of a viewport screenshot (rect in CSS px, relative to the viewport). */
export async function cropPng(png: Blob, rect: Rect, dpr: number): Promise<Blob | null> {
  const bitmap = await createImageBitmap(png);
  const box = deviceRect(rect, dpr, bitmap);
  if (!box) return null;
  const canvas = new OffscreenCanvas(box.width, box.height);
  canvas.getContext('2d')!.drawImage(bitmap, box.x, box.y, box.width, box.height, 0, 0, box.width, box.height);
  bitmap.close();
  return toPng(canvas);
}

export interface FullPage {
  images: Blob[];
  plan: StitchPlan;
  method: 'scroll-stitch' | 'cdp';
  frames: number;
}

/**
 * Scroll-and-stitch: one `captureVisibleTab` per screen; fixed and sticky elements are hidden after the first
 * screen so headers are not repeated, and restored (with the scroll position) whatever happens.
 */
export async function stitchFullPage(
  tabId: number,
  windowId: number,
  m: ProbeMetrics,
  options: { firstScreen?: Blob; onFrame?: (n: number, total: number) => void } = {},
): Promise<FullPage> {
  const plan = planStitch(m);
  const total = plan.segments.reduce((n, s) => n + s.frames.length, 0);
  const dpr = m.devicePixelRatio;
  const images: Blob[] = [];
  let n = 0;
  try {
    for (const seg of plan.segments) {
      const canvas = new OffscreenCanvas(Math.round(m.viewportWidth * dpr), Math.round(seg.height * dpr));
      const ctx = canvas.getContext('2d')!;
      for (const f of seg.frames) {
        if (f.hideFixed) await callProbe(tabId, 'hideFixed');
        const reuse = n === 0 && f.scrollY === 0 && options.firstScreen;
        const actualY = reuse ? 0 : await callProbe(tabId, 'scrollToY', f.scrollY);
        const shot = await createImageBitmap(reuse ? options.firstScreen! : await captureViewport(windowId));
        // The page may refuse to scroll as far as asked (e.g. it shrank): take the rows that are really there.
        const srcY = f.srcY + (f.scrollY - actualY);
        const sy = Math.round(srcY * dpr);
        const h = Math.min(Math.round(f.height * dpr), shot.height - sy);
        if (h > 0) ctx.drawImage(shot, 0, sy, shot.width, h, 0, Math.round((f.destY - seg.top) * dpr), shot.width, h);
        shot.close();
        options.onFrame?.(++n, total);
      }
      images.push(await toPng(canvas));
    }
  } finally {
    await callProbe(tabId, 'restoreFixed').catch(() => 0);
    await callProbe(tabId, 'scrollToY', m.scrollY).catch(() => 0);
  }
  return { images, plan, method: 'scroll-stitch', frames: total };
}

/**
 * One CDP `Page.captureScreenshot { captureBeyondViewport }` per segment, when the `debugger` permission is held
 * (Chrome then shows its "正在调试此浏览器" bar while attached). Same segments as stitching.
 */
export async function cdpFullPage(tabId: number, m: ProbeMetrics): Promise<FullPage> {
  const plan = planStitch(m);
  const target = { tabId };
  await chrome.debugger.attach(target, '1.3');
  const images: Blob[] = [];
  try {
    for (const seg of plan.segments) {
      const res = (await chrome.debugger.sendCommand(target, 'Page.captureScreenshot', {
        format: 'png',
        captureBeyondViewport: true,
        fromSurface: true,
        clip: { x: 0, y: seg.top, width: m.viewportWidth, height: seg.height, scale: 1 },
      })) as { data: string };
      images.push(await dataUrlToBlob(`data:image/png;base64,${res.data}`));
    }
  } finally {
    await chrome.debugger.detach(target).catch(() => undefined);
  }
  return { images, plan, method: 'cdp', frames: plan.segments.length };
}

export const hasDebugger = () => chrome.permissions.contains({ permissions: ['debugger'] }).catch(() => false);
