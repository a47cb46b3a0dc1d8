import { normalizeText } from '@vigil/shared/engine/normalize-text';
import { compilePack, matchPack, type CompiledPack } from '@vigil/shared/engine/rules';
import { textHash } from '../sites/hash.ts';
import { rangeFor } from '../sites/text-map.ts';
import { toRecord, type SiteAdapter, type Unit } from '../sites/types.ts';
import { createBadges, type Badges } from './badges.ts';
import type { FlagRequest, FlagResponse, FlagResult, PackInfo, ResetRequest } from './flag-types.ts';
import { createPainter, type Painter } from './highlights.ts';
import { markUnit, observeUnits } from './observe-units.ts';

// Flag brand mentions in the page (issue 4). The content script finds units with the site adapter and matches
// them against the rule pack itself (cheap, no model); only units that mention a brand go to the background for
// the full analysis. Processed state is keyed by unit key + text hash, never by element: virtual lists reuse nodes.

export interface FlagTransport {
  pack(): Promise<PackInfo>;
  reset(req: ResetRequest): Promise<unknown>;
  flag(req: FlagRequest): Promise<FlagResponse>;
  openPanel(key: string): void;
}

export interface FlagOptions {
  signal: AbortSignal;
  site: SiteAdapter;
  transport: FlagTransport;
  doc?: Document;
  now?: () => Date;
  /** The pack when the caller already has it (saves a round trip). */
  pack?: PackInfo;
  /** Hooks the side panel's "show in page" requests up to the flagger (messaging in the content script). */
  onReveal?: (reveal: (key: string) => boolean) => void;
}

interface Entry {
  hash: string;
  /** undefined while the background analyses it; null when it mentions no brand. */
  result: FlagResult | null | undefined;
}

const codeTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of a subtree without its inline scripts and styles (sites ship large JSON blobs in <script>). */
function pageText(node: Node): string {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* SHOW_TEXT */, {
    acceptNode: (t) => (codeTags.has(t.parentElement?.tagName ?? '') ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const parts: string[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) parts.push((t as Text).data);
  return parts.join('');
}

export interface Flagger {
  /** Scans `root` (the whole document at start; changed units later) and returns the units found. */
  scan(root: ParentNode): Unit[];
  /** Scrolls the unit with this key into view (side panel "show in page"); false when the page no longer shows it. */
  reveal(key: string): boolean;
  /** Resolves when every analysis sent so far has come back and been painted. */
  settled(): Promise<void>;
  painter: Painter;
}

export function createFlagger(compiled: CompiledPack, opts: FlagOptions): Flagger {
  const doc = opts.doc ?? document;
  const now = opts.now ?? (() => new Date());
  const painter = createPainter(doc, opts.signal);
  const badges: Badges = createBadges(doc, (key) => opts.transport.openPanel(key), opts.signal);
  const cache = new Map<string, Entry>();
  /** Which unit (key + hash) each element shows right now: an answer for a node reused since is dropped. */
  const showing = new WeakMap<Element, string>();
  const inflight = new Set<Promise<void>>();
  /** Where each key was last seen; checked against `showing` because virtual lists move posts between nodes. */
  const elementOf = new Map<string, WeakRef<Element>>();
  let url = doc.location?.href ?? '';

  function paint(u: Unit, result: FlagResult | null) {
    if (!result || result.mentions.length === 0) {
      painter.clear(u.element);
      badges.clear(u.element);
      return;
    }
    const ranges = result.mentions.flatMap((m) => rangeFor(u.map, m.start, m.end) ?? []);
    painter.set(u.element, result.level, ranges);
    badges.set(u.element, { key: u.key, level: result.level, brand: result.mentions[0]?.brand ?? '', reasons: result.reasons });
  }

  function send(units: Unit[], hashes: string[]) {
    const job = opts.transport
      .flag({ url, units: units.map(toRecord) })
      .then(({ results }) => {
        units.forEach((u, i) => {
          const hash = hashes[i] as string;
          const result = results[u.key] ?? null;
          if (cache.get(u.key)?.hash === hash) cache.set(u.key, { hash, result });
          if (showing.get(u.element) === `${u.key}#${hash}`) paint(u, result);
        });
      })
      .catch(() => {
        // The background was unreachable (extension reloaded): forget these so the next scan retries them.
        units.forEach((u) => cache.delete(u.key));
      });
    const tracked = job.finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  }

  /**
   * Whether any alias or person of the pack occurs in `root`'s text at all (excludes and word boundaries ignored,
   * so this never misses what the full analysis would find). Most of a feed mentions no brand: for those subtrees
   * the units are not even extracted, which keeps a page without mentions nearly free.
   */
  function mayMention(root: ParentNode): boolean {
    const norm = normalizeText(pageText((root as Document).body ?? (root as Node)).replace(/\s+/g, ' '));
    let hit = false;
    compiled.matcher.scan(norm.text, (id) => {
      const kind = compiled.patterns[id]?.kind;
      if (kind === 'alias' || kind === 'person') hit = true;
    });
    return hit;
  }

  function scan(root: ParentNode): Unit[] {
    // A subtree showing something painted must be rescanned even without a mention now (a recycled node).
    if (!painter.paintedWithin(root) && !mayMention(root)) return [];
    const href = doc.location?.href ?? '';
    if (href !== url) {
      // Single-page navigation: the tab's list starts over; analyses already made are resent for the new URL.
      url = href;
      cache.clear();
      void opts.transport.reset({ url });
    }
    const units = opts.site.findUnits(root, now());
    const fresh: Unit[] = [];
    const hashes: string[] = [];
    for (const u of units) {
      const hash = textHash(u.text);
      showing.set(u.element, `${u.key}#${hash}`);
      elementOf.set(u.key, new WeakRef(u.element));
      markUnit(u.element);
      const known = cache.get(u.key);
      if (known && known.hash === hash) {
        if (known.result !== undefined) paint(u, known.result);
        continue;
      }
      if (matchPack(compiled, normalizeText(u.text)).mentions.length === 0) {
        cache.set(u.key, { hash, result: null });
        paint(u, null);
        continue;
      }
      cache.set(u.key, { hash, result: undefined });
      paint(u, null);
      fresh.push(u);
      hashes.push(hash);
    }
    if (fresh.length > 0) send(fresh, hashes);
    painter.prune();
    return units;
  }

  async function settled() {
    while (inflight.size > 0) await Promise.all([...inflight]);
  }

  function reveal(key: string): boolean {
    const el = elementOf.get(key)?.deref();
    if (!el || !el.isConnected || !showing.get(el)?.startsWith(`${key}#`)) return false;
    // Scrolling is no DOM mutation; the page sees a scroll, as when the user scrolls.
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    return true;
  }

  return { scan, reveal, settled, painter };
}

/** Content-script entry: fetch the pack, scan the page, then follow its changes until `signal` aborts. */
export async function init(opts: FlagOptions): Promise<Flagger> {
  const doc = opts.doc ?? document;
  const info = opts.pack ?? (await opts.transport.pack());
  const wall = opts.site.detectLoginWall(doc);
  await opts.transport.reset({ url: doc.location.href, loginWall: wall?.message });
  const flagger = createFlagger(compilePack(info.pack), opts);
  flagger.scan(doc);
  observeUnits(doc, opts.site, opts.signal, (roots) => {
    for (const r of roots) flagger.scan(r);
  });
  opts.onReveal?.((key) => flagger.reveal(key));
  return flagger;
}
