import { tallyUnits, type PageHealth } from '../sites/health-tally.ts';
import type { SiteAdapter } from '../sites/types.ts';

// Adapter health from the page (issue 12 item 4): once per page (single-page navigations included), when idle, the adapter reads the
// whole page and the content script sends the background how each field was found — counts only. The flagger
// itself reads only the parts that may name a brand, so this is the one full read, off the critical path.

export interface HealthOptions {
  signal: AbortSignal;
  site: SiteAdapter;
  report(page: PageHealth): Promise<unknown>;
  doc?: Document;
  now?: () => Date;
  /** Before the read: sites render their feed after load (default 3 s). */
  delayMs?: number;
}

type IdleWindow = { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number };

function whenIdle(win: IdleWindow | null, run: () => void) {
  if (win?.requestIdleCallback) win.requestIdleCallback(run, { timeout: 2_000 });
  else setTimeout(run, 0);
}

/**
 * Reads the page once. A removal page is no page of the feed, and a login wall that hides the feed says nothing about
 * the adapter: neither is reported. A login dialog over a readable page (小红书, 知乎) is, since its units are read.
 */
export function readPageHealth(opts: Pick<HealthOptions, 'site' | 'doc' | 'now'>): PageHealth | null {
  const doc = opts.doc ?? document;
  if ((opts.site.pageStatus?.(doc).status ?? 'online') !== 'online') return null;
  const page = tallyUnits(opts.site, opts.site.findUnits(doc, (opts.now ?? (() => new Date()))()));
  return page.units === 0 && opts.site.detectLoginWall(doc) ? null : page;
}

/** How often the page's address is compared: a single-page app moves to another page without a new script. */
const NAV_CHECK_MS = 5_000;

export function initAdapterHealth(opts: HealthOptions): void {
  const doc = opts.doc ?? document;
  const win = doc.defaultView as (IdleWindow & { location: Location }) | null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      whenIdle(win, () => {
        if (opts.signal.aborted) return;
        const page = readPageHealth(opts);
        if (page) void opts.report(page).catch(() => {});
      });
    }, opts.delayMs ?? 3_000);
  };
  schedule();
  // Weibo's feed → a post's detail page is one app: each page it shows is read once, as a fresh load would be.
  let href = win?.location.href;
  const nav = setInterval(() => {
    if (win && win.location.href !== href) {
      href = win.location.href;
      schedule();
    }
  }, NAV_CHECK_MS);
  opts.signal.addEventListener('abort', () => {
    clearTimeout(timer);
    clearInterval(nav);
  }, { once: true });
}
