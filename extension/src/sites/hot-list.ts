import { countShape, parseCount } from './counts.ts';
import { absoluteUrl } from './parts.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import type { HotEntry } from './types.ts';
import { hasLayout, isVisible } from './visibility.ts';

// Hot lists (issue 11 item 4): 微博热搜 and 抖音热榜 as their pages show them — a list page, a side panel, a
// server-rendered copy for crawlers. Each platform names its selectors (weibo-hot.ts, douyin-hot.ts); the reading is
// shared: one entry per link to a hot topic, its rank, title and heat, promoted slots and hidden copies left out.

export interface HotListSpec {
  platform: HotEntry['platform'];
  /** Links to a hot topic, one per entry (one generation per page, as units are). */
  links: FallbackList;
  /** The entry a link belongs to (table row, list item); the link itself when it wraps the whole entry. */
  entry: string;
  title: FallbackList;
  rank: FallbackList;
  /** A rank the link itself carries (Weibo's band_rank=N). */
  rankFromHref?: (href: string) => number | undefined;
  heat: FallbackList;
  /** 置顶 entries carry no number. */
  pinned: FallbackList;
  /** 荐 / 广告 slots: bought, not earned, so not a 热搜 sighting. */
  promoted: FallbackList;
  /** Where a link's href is not the topic (Weibo's ad rows hold it in `url`). */
  hrefOf?: (link: Element) => string | null;
  /** Every unpinned entry of the list shows its heat (抖音热榜): an entry without one is a topic link elsewhere. */
  heatRequired?: boolean;
}

/** A list is at least this many links to hot topics close together; a lone topic link in a caption is no list. */
const MIN_LIST = 3;
const LIST_DEPTH = 8;

/** Whether `link` sits in a list of hot links: an ancestor a few levels up holds MIN_LIST of them. */
function inList(link: Element, links: Set<Element>): boolean {
  let el: Element | null = link.parentElement;
  for (let depth = 0; el && depth < LIST_DEPTH; depth++, el = el.parentElement) {
    let n = 0;
    for (const a of Array.from(el.querySelectorAll('a[href]'))) if (links.has(a) && ++n >= MIN_LIST) return true;
  }
  return false;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').replace(/\s+/g, ' ').trim();
const labels = /^(热|新|沸|爆|荐|商|置顶|首发|独家|辟谣|热度|直播|广告|推荐)$/;

/** Leaf elements (no element children) with their text, in document order. */
function leaves(el: Element): { el: Element; text: string }[] {
  return Array.from(el.querySelectorAll('*')).filter((e) => e.children.length === 0 && !/^(SCRIPT|STYLE|svg|path)$/i.test(e.tagName))
    .map((e) => ({ el: e, text: clean(e.textContent) })).filter((l) => l.text !== '');
}

/** Structural fallback: the longest leaf text that is neither a number nor a badge. */
function titleLeaf(el: Element): Element | undefined {
  const words = leaves(el).filter((l) => countShape(l.text) === undefined && !labels.test(l.text));
  return words.sort((a, b) => b.text.length - a.text.length)[0]?.el;
}

/** Structural fallback: the first count-shaped leaf after the title (a rank comes before it). */
function heatLeaf(el: Element, title: Element | undefined): number | undefined {
  const after = leaves(el).filter((l) => !title || (title.compareDocumentPosition(l.el) & 4) !== 0);
  for (const l of after) {
    const n = countShape(l.text.replace(/热度$/, ''));
    if (n !== undefined && n > 0) return n;
  }
  return undefined;
}

const rankText = (el: Element | undefined) => {
  const t = clean(el?.textContent) || clean(el?.querySelector('img[alt]')?.getAttribute('alt'));
  return /^\d{1,3}$/.test(t) ? Number(t) : undefined;
};

/**
 * The visible entries of every hot list under `root`, each title once, in page order. With `only`, the entries' text
 * is put to it first, all at once, and nothing more is read when it fails: telling which entries show lays the page
 * out, and a 热搜 watch has no use for a list that names no brand (issue 15: 1.6 ms of a first scan on weibo.com).
 */
export function readHotList(root: ParentNode, spec: HotListSpec, only?: (text: string) => boolean): HotEntry[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const found = pickAll(root, spec.links);
  if (!found) return [];
  if (only && !only(found.els.map((link) => (link.closest(spec.entry) ?? link).textContent ?? '').join('\n'))) return [];
  const layout = hasLayout(doc);
  const out: HotEntry[] = [];
  const seen = new Set<string>();
  /** Entries of each list in order, for ranks shown as pictures (抖音 top 3): position among unpinned entries. */
  const position = new Map<Element, number>();
  const all = new Set(found.els);
  for (const link of found.els) {
    if (!inList(link, all)) continue;
    const el = link.closest(spec.entry) ?? link;
    if (!isVisible(el, null, layout)) continue;
    const matched: Record<string, string> = { link: found.matched };
    const titleEl = note(matched, 'title', pick(el, spec.title))?.el ?? noteHeuristic(matched, 'title', titleLeaf(el));
    const title = clean(titleEl?.textContent).replace(/^#(.+)#$/, '$1');
    if (!title) continue;
    const href = spec.hrefOf?.(link) ?? link.getAttribute('href');
    if (note(matched, 'promoted', pick(el, spec.promoted)) || /^javascript:/i.test(link.getAttribute('href') ?? '')) continue;
    const pinned = !!note(matched, 'pinned', pick(el, spec.pinned));
    const list = el.parentElement?.closest('ul, ol, tbody') ?? el.parentElement;
    const pos = pinned || !list ? undefined : (position.get(list) ?? 0) + 1;
    if (list && pos !== undefined) position.set(list, pos);
    if (seen.has(title)) continue;
    seen.add(title);
    const rankPick = note(matched, 'rank', pick(el, spec.rank, (r) => rankText(r) !== undefined));
    const fromHref = href ? spec.rankFromHref?.(href) : undefined;
    const rank = pinned ? undefined : (rankText(rankPick?.el) ?? (fromHref !== undefined ? ((matched.rank = 'href'), fromHref) : noteHeuristic(matched, 'rank', pos)));
    const heatPick = note(matched, 'heat', pick(el, spec.heat, (h) => (parseCount(h.textContent) ?? 0) > 0));
    const heat = heatPick ? parseCount(heatPick.el.textContent) : noteHeuristic(matched, 'heat', heatLeaf(el, titleEl));
    if (spec.heatRequired && !pinned && heat === undefined) continue;
    const url = absoluteUrl(href, doc as Document);
    out.push({ platform: spec.platform, title, ...(rank !== undefined ? { rank } : {}), ...(heat !== undefined ? { heat } : {}), ...(url ? { url } : {}), debug: { matched } });
  }
  return out;
}
