import { setMarksVisible } from '../flagging/marks-visibility.ts';
import { siteFor } from '../sites/index.ts';
import { toRecord, type Unit, type UnitRecord } from '../sites/types.ts';
import type { PageMetrics } from './stitch.ts';

/**
 * What the capture needs from inside the tab (issue 6), installed once per page by the `capture-probe` script and
 * called by the background through `chrome.scripting.executeScript` (see tab-ops.ts). Reads and scrolls only;
 * fixed/sticky elements are hidden through inline styles and restored exactly as they were.
 */

export interface ProbeMetrics extends PageMetrics {
  scrollX: number;
  scrollY: number;
  url: string;
  title: string;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface UnitCapture {
  unit: UnitRecord;
  /** Comments and replies of the unit that the page shows now. */
  comments: UnitRecord[];
  /** The unit's box in the viewport (CSS px) after scrolling it into view. */
  rect: Rect;
  adapter: string;
  /** Each count as the page displayed it (1.2万, 10万+), beside the integers in `unit.counts` (issue 10). */
  countsShown: Record<string, string>;
}

const shownCounts = (matched: Record<string, string>) =>
  Object.fromEntries(Object.entries(matched).flatMap(([k, v]) => (k.startsWith('shown:') ? [[k.slice(6), v]] : [])));

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

function metrics(): ProbeMetrics {
  const doc = document.documentElement;
  return {
    scrollHeight: Math.max(doc.scrollHeight, document.body?.scrollHeight ?? 0),
    scrollWidth: Math.max(doc.scrollWidth, document.body?.scrollWidth ?? 0),
    viewportWidth: doc.clientWidth || innerWidth,
    viewportHeight: doc.clientHeight || innerHeight,
    devicePixelRatio,
    scrollX,
    scrollY,
    url: location.href,
    title: document.title,
  };
}

async function scrollToY(y: number): Promise<number> {
  scrollTo({ top: y, left: 0, behavior: 'instant' });
  await nextFrame();
  return scrollY;
}

// The whole style attribute is kept and put back as it was (absent stays absent), so no trace is left in the DOM.
let hiddenFixed: { el: HTMLElement; style: string | null }[] | null = null;

function hideFixed(): number {
  if (hiddenFixed) return hiddenFixed.length;
  hiddenFixed = [];
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const pos = getComputedStyle(el).position;
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    hiddenFixed.push({ el, style: el.getAttribute('style') });
    el.style.setProperty('visibility', 'hidden', 'important');
  }
  return hiddenFixed.length;
}

function restoreFixed(): number {
  const saved = hiddenFixed ?? [];
  hiddenFixed = null;
  for (const { el, style } of saved) {
    if (style === null) el.removeAttribute('style');
    else el.setAttribute('style', style);
  }
  return saved.length;
}

/** Comments on the unit and replies to those comments, in page order (adapters list parents before children). */
function thread(units: Unit[], key: string): UnitRecord[] {
  const inside = new Set([key]);
  const out: UnitRecord[] = [];
  for (const u of units) {
    if (u.parentKey === undefined || !inside.has(u.parentKey) || u.kind === 'repost') continue;
    inside.add(u.key);
    out.push(toRecord(u));
  }
  return out;
}

async function unitCapture(key: string): Promise<UnitCapture | null> {
  const adapter = siteFor(location.href, [], true);
  if (!adapter) return null;
  const units = adapter.findUnits(document, new Date());
  const unit = units.find((u) => u.key === key);
  if (!unit) return null;
  const box = unit.element.getBoundingClientRect();
  unit.element.scrollIntoView({ block: box.height < innerHeight * 0.9 ? 'center' : 'start', behavior: 'instant' });
  await nextFrame();
  const r = unit.element.getBoundingClientRect();
  return {
    unit: toRecord(unit),
    comments: thread(units, key),
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    adapter: adapter.id,
    countsShown: shownCounts(unit.debug.matched),
  };
}

export const probe = { metrics, scrollToY, hideFixed, restoreFixed, unitCapture, setMarksVisible };
export type Probe = typeof probe;
export const PROBE_GLOBAL = '__vigilCaptureProbe';

export function installProbe() {
  (globalThis as unknown as Record<string, Probe>)[PROBE_GLOBAL] ??= probe;
}
