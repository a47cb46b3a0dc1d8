import { normalizeText } from '@vigil/shared/engine/normalize-text';
import { compilePack, matchPack, mentionPack, type CompiledPack } from '@vigil/shared/engine/rules';
import type { RulePack } from '@vigil/shared/schemas/rules';
import type { HotSearchSighting } from '@vigil/shared/schemas/monitoring';
import { prefilterFor } from '../flagging/flag-mentions.ts';
import { mayName } from '../flagging/page-text.ts';
import type { HotEntry, SiteAdapter } from '../sites/types.ts';

// 热搜 watch in the page (issue 11 item 4): the adapter's hot list reader finds the entries, the rule pack's matcher
// (the same normalisation as flagging, so 清禾, 某禾乳业, QH乳业, ＱＩＮＧＨＥ all count and 青禾苗 does not) names the
// brand, and only entries naming a brand leave the page. The list loads after the page and refreshes in place, so it
// is read again (at most every few seconds) while the page changes; the background decides what is news.

export interface HotWatchOptions {
  signal: AbortSignal;
  site: SiteAdapter;
  pack: RulePack;
  report(sightings: HotSearchSighting[]): Promise<unknown>;
  doc?: Document;
  now?: () => Date;
  /** Quiet time after a change before the list is read again (ms). */
  settle?: number;
}

/** The entries that name a brand of the pack, one sighting per entry and brand. */
export function sightingsOf(entries: HotEntry[], pack: RulePack, compiled: () => CompiledPack, seenAt: Date): HotSearchSighting[] {
  const prefilter = prefilterFor(pack);
  const out: HotSearchSighting[] = [];
  for (const e of entries) {
    if (!prefilter.mayContain([e.title])) continue;
    const brands = new Map<string, string>();
    for (const m of matchPack(compiled(), normalizeText(e.title)).mentions) if (!brands.has(m.brand)) brands.set(m.brand, m.term);
    for (const [brand, term] of brands) {
      out.push({
        platform: e.platform, brand, title: e.title.slice(0, 200), term: term.slice(0, 64), seenAt: seenAt.toISOString(),
        ...(e.rank !== undefined ? { rank: e.rank } : {}), ...(e.heat !== undefined ? { heat: e.heat } : {}),
        ...(e.url && /^https?:/.test(e.url) ? { url: e.url.slice(0, 2000) } : {}),
      });
    }
  }
  return out;
}

export function initHotWatch(opts: HotWatchOptions): void {
  const reader = opts.site.hotList;
  if (!reader) return;
  const doc = opts.doc ?? document;
  const now = opts.now ?? (() => new Date());
  let compiled: CompiledPack | null = null;
  // Only the brands an entry names count here: the pack without its risk terms (mentionPack) is enough.
  const compile = () => (compiled ??= compilePack(mentionPack(opts.pack)));
  /** What this page already handed over: entry, brand and rank (a climb is handed over again). */
  const handed = new Set<string>();
  let first = true;
  const check = () => {
    // A page whose text names no brand at all has no entry that does: the list is not read (reading it lays the
    // page out to tell visible entries), which keeps a page without mentions nearly free (issue 15). Only the first
    // check asks the whole page, a read the flagger's first scan shares; later checks, one per change of a feed
    // that grows as it scrolls, would read it all again each time, and the entries' text below settles them.
    const prefilter = prefilterFor(opts.pack);
    if (first) {
      first = false;
      if (!mayName(prefilter, doc.body ?? doc)) return;
    }
    // A page whose feed names the brand mostly has a list that does not: its entries' text is asked first.
    const entries = reader.read(doc, (text) => prefilter.mayContain([text]));
    const fresh = sightingsOf(entries, opts.pack, compile, now()).filter((s) => {
      const key = `${s.brand}|${s.platform}|${s.title}|${s.rank ?? ''}`;
      if (handed.has(key)) return false;
      handed.add(key);
      return true;
    });
    if (fresh.length > 0) void opts.report(fresh).catch(() => fresh.forEach((s) => handed.delete(`${s.brand}|${s.platform}|${s.title}|${s.rank ?? ''}`)));
  };
  check();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer(() => {
    if (timer === undefined) timer = setTimeout(() => { timer = undefined; check(); }, opts.settle ?? 3000);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  opts.signal.addEventListener('abort', () => { observer.disconnect(); clearTimeout(timer); }, { once: true });
}
