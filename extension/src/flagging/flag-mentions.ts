import { buildPrefilter, type Prefilter } from '@vigil/shared/engine/prefilter';
import { accountKey, hasOwnAccounts, ownAccountOf } from '@vigil/shared/engine/own-accounts';
import { compilePack, mentionPack, type CompiledPack } from '@vigil/shared/engine/rules';
import type { RulePack } from '@vigil/shared/schemas/rules';
import type { Handlers } from '../messaging.ts';
import { textHash } from '../sites/hash.ts';
import { rangeFor } from '../sites/text-map.ts';
import { toRecord, type SiteAdapter, type Unit } from '../sites/types.ts';
import { createBadges, type Badges } from './badges.ts';
import type { FlagRequest, FlagResponse, FlagResult, PackInfo, ReadRequest, ResetRequest } from './types.ts';
import { createPainter, type Painter } from './highlights.ts';
import { markUnit, observeUnits } from './observe-units.ts';
import { candidateFinder } from './candidates.ts';

// Flag brand mentions in the page (issue 4). The content script finds units with the site adapter and matches
// them against the rule pack itself (cheap, no model); only units that mention a brand go to the background for
// the full analysis. Processed state is keyed by unit key + text hash, never by element: virtual lists reuse nodes.

export interface FlagTransport {
  pack(): Promise<PackInfo>;
  reset(req: ResetRequest): Promise<unknown>;
  flag(req: FlagRequest): Promise<FlagResponse>;
  /** What the page held so far (issue 12): the side panel says why its list is empty from it. */
  read(req: ReadRequest): Promise<unknown>;
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
  /** Messages to the background wait for it (init: the reset, sent after the first scan); a rejection drops them. */
  ready?: Promise<unknown>;
  /**
   * False once the extension that started this script is gone (reloaded or updated): the script then stops at the
   * page's next change. Nothing tells it otherwise: a new script announcing itself would be heard by the page too.
   */
  alive?: () => boolean;
}

interface Entry {
  hash: string;
  /** undefined while the background analyses it; null when it mentions no brand. */
  result: FlagResult | null | undefined;
}

/** Per pack version, for the life of the script: the prefilter over every alias and person of the pack. */
const prefilters = new Map<string, Prefilter>();
export function prefilterFor(pack: RulePack): Prefilter {
  let p = prefilters.get(pack.version);
  if (!p) {
    // The brand's own accounts by name too: their posts are listed apart even when they do not name the brand.
    p = buildPrefilter(pack.brands.flatMap((b) => [b.name, ...(b.aliases ?? []), ...(b.people ?? []), ...(b.ownAccounts ?? []).map((a) => accountKey(a.name))]));
    prefilters.set(pack.version, p);
  }
  return p;
}

export interface Flagger {
  /** Scans `root` (the whole document at start; changed units later) and returns the units found. */
  scan(root: ParentNode): Unit[];
  /** Scans several roots (one batch of changes) with one message to the background; returns the units found. */
  scanAll(roots: readonly ParentNode[]): Unit[];
  /** Scrolls the unit with this key into view (side panel "show in page"); false when the page no longer shows it. */
  reveal(key: string): boolean;
  /** Resolves when every analysis sent so far has come back and been painted. */
  settled(): Promise<void>;
  /** Whether any scan so far met an alias or person of the pack, and how many distinct units were found. */
  seen(): { mention: boolean; units: number };
  /** What the page has read, when it changed since last told, now counted as told (for a message that carries it). */
  unreported(): ReadRequest | null;
  /** Tells the background what the page has read, when it changed since last told (issue 12). */
  tell(): void;
  painter: Painter;
}

/**
 * `source` is the pack or its compiled form. A pack is compiled only once a subtree passes the prefilter: a page
 * that names no brand never builds the automaton.
 */
export function createFlagger(source: CompiledPack | RulePack, opts: FlagOptions): Flagger {
  const pack = 'matcher' in source ? source.pack : source;
  let compiledPack: CompiledPack | null = 'matcher' in source ? source : null;
  // Only which units name a brand is decided here; the background scores them with the whole pack.
  const compiled = (): CompiledPack => (compiledPack ??= compilePack(mentionPack(pack)));
  const prefilter = prefilterFor(pack);
  const ownAccounts = hasOwnAccounts(pack);
  let ownNameList: string[] | null = null;
  const ownNames = () => (ownNameList ??= pack.brands.flatMap((b) => (b.ownAccounts ?? []).map((a) => accountKey(a.name))));
  const doc = opts.doc ?? document;
  const now = opts.now ?? (() => new Date());
  const painter = createPainter(doc, opts.signal);
  const badges: Badges = createBadges(doc, (key) => opts.transport.openPanel(key), opts.signal);
  const candidates = candidateFinder({ site: opts.site, prefilter, compiled, ownNames, painter });
  const cache = new Map<string, Entry>();
  /** Which unit (key + hash) each element shows right now: an answer for a node reused since is dropped. */
  const showing = new WeakMap<Element, string>();
  const inflight = new Set<Promise<void>>();
  /** Where each key was last seen; checked against `showing` because virtual lists move posts between nodes. */
  const elementOf = new Map<string, WeakRef<Element>>();
  let url = doc.location?.href ?? '';
  let mentioned = false;
  const ready = opts.ready ?? Promise.resolve();

  function paint(u: Unit, result: FlagResult | null) {
    // The brand's own posts are no risk: nothing is painted on them (the side panel lists them apart, issue 13).
    if (!result || result.mentions.length === 0 || result.own) {
      painter.clear(u.element);
      badges.clear(u.element);
      return;
    }
    const ranges = result.mentions.flatMap((m) => rangeFor(u.map, m.start, m.end) ?? []);
    painter.set(u.element, result.level, ranges);
    badges.set(u.element, { key: u.key, level: result.level, brand: result.mentions[0]?.brand ?? '', reasons: result.reasons });
  }

  function send(units: Unit[], hashes: string[], read: ReadRequest | null) {
    const req = { url, units: units.map(toRecord), ...(read ? { read: { mention: read.mention, units: read.units } } : {}) };
    const job = ready
      .then(() => opts.transport.flag(req))
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

  /** Finds the units of one root; queues those whose text is new for analysis. */
  function collect(root: ParentNode, at: Date, found: Unit[], fresh: Unit[], hashes: string[]): boolean {
    const parts = candidates(root);
    if (parts.length === 0) return false;
    mentioned = true;
    const href = doc.location?.href ?? '';
    if (href !== url) {
      // Single-page navigation: the tab's list starts over; analyses already made are resent for the new URL.
      url = href;
      cache.clear();
      elementOf.clear();
      void opts.transport.reset({ url });
    }
    for (const u of parts.flatMap((p) => opts.site.findUnits(p, at))) {
      found.push(u);
      const hash = textHash(u.text);
      showing.set(u.element, `${u.key}#${hash}`);
      elementOf.set(u.key, new WeakRef(u.element));
      markUnit(u.element);
      const known = cache.get(u.key);
      if (known && known.hash === hash) {
        if (known.result !== undefined) paint(u, known.result);
        continue;
      }
      // A unit of a card that passed (a comment, the repost beside the post) often names nothing: the prefilter drops
      // it here. What passes goes to the background, which matches it with the whole pack anyway; matching it here
      // too cost a first scan the automaton's build and the text's normalisation, 4 ms of its 18 (issue 15). The
      // few units the prefilter lets through that name no brand (青禾苗) come back with no mention and stay unpainted.
      // An own account's post goes too, named or not; its author is looked up only when the text names nothing.
      if (!prefilter.mayContain([u.text]) && !(ownAccounts && ownAccountOf(pack, u.platform, u.author) !== null)) {
        cache.set(u.key, { hash, result: null });
        paint(u, null);
        continue;
      }
      cache.set(u.key, { hash, result: undefined });
      paint(u, null);
      fresh.push(u);
      hashes.push(hash);
    }
    return true;
  }

  function scanAll(roots: readonly ParentNode[]): Unit[] {
    const found: Unit[] = [];
    const fresh: Unit[] = [];
    const hashes: string[] = [];
    const at = now();
    let scanned = false;
    for (const root of roots) if (collect(root, at, found, fresh, hashes)) scanned = true;
    // What the page has read rides on the units when there are any: one message instead of two (issue 15).
    if (fresh.length > 0) send(fresh, hashes, unreported());
    if (scanned) painter.prune();
    return found;
  }

  async function settled() {
    while (inflight.size > 0) await Promise.all([...inflight]);
  }

  function reveal(key: string): boolean {
    const el = elementOf.get(key)?.deref();
    if (!el || !el.isConnected || !showing.get(el)?.startsWith(`${key}#`)) return false;
    // Scrolling is no DOM mutation; the page sees a scroll, as when the user scrolls.
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    painter.flash(el);
    return true;
  }

  // After a single-page navigation whose new page named no brand yet, the counts are the old page's: say nothing found.
  const seen = () => (url === (doc.location?.href ?? '') ? { mention: mentioned, units: elementOf.size } : { mention: false, units: 0 });
  // Told once after the first scan and again whenever it changes (a comment section loading later). The URL too: a
  // single-page navigation resets the tab's state, which must hear what the new page holds.
  let told = '';
  function unreported(): ReadRequest | null {
    const read = { url: doc.location?.href ?? '', ...seen() };
    const now = `${read.url} ${read.mention} ${read.units}`;
    if (now === told) return null;
    told = now;
    return read;
  }
  function tell() {
    const read = unreported();
    if (read) void ready.then(() => opts.transport.read(read)).catch(() => {});
  }
  return { scan: (root) => scanAll([root]), scanAll, reveal, settled, seen, unreported, tell, painter };
}

/** The side panel's 在页面中显示, answered by the flagger of this tab. */
export const revealHandlers = (flagger: Pick<Flagger, 'reveal'>): Handlers => ({ 'unit:reveal': ({ key }) => ({ found: flagger.reveal(key) }) });

/** Content-script entry: fetch the pack, scan the page, then follow its changes until `signal` aborts. */
export async function init(opts: FlagOptions): Promise<Flagger & { rescan(): void }> {
  const doc = opts.doc ?? document;
  const info = opts.pack ?? (await opts.transport.pack());
  const wall = opts.site.detectLoginWall(doc);
  const pageStatus = opts.site.pageStatus?.(doc);
  // The first scan comes before the reset that starts the tab's list over, so the reset says what the page holds
  // (one message fewer, issue 15); whatever the scan sends waits for it. Scan and observer start in one task, so no
  // change of the page falls between them.
  let opened: (reset: Promise<unknown>) => void = () => {};
  const ready = new Promise<unknown>((resolve) => { opened = resolve; });
  ready.catch(() => {});
  const flagger = createFlagger(info.pack, { ...opts, ready });
  const stop = new AbortController();
  opts.signal.addEventListener('abort', () => stop.abort(), { once: true });
  flagger.scan(doc);
  observeUnits(doc, opts.site, stop.signal, (roots) => {
    if (opts.alive && !opts.alive()) {
      stop.abort();
      return;
    }
    flagger.scanAll(roots);
    flagger.tell();
  });
  const read = flagger.unreported();
  const reset = opts.transport.reset({ url: doc.location.href, loginWall: wall?.message, pageStatus, ...(read ? { read: { mention: read.mention, units: read.units } } : {}) });
  opened(reset);
  try {
    await reset;
  } catch (err) {
    // The background is unreachable (extension reloaded): this script stops, as it did before it scanned.
    stop.abort();
    throw err;
  }
  opts.onReveal?.((key) => flagger.reveal(key));
  return { ...flagger, rescan: () => { flagger.scan(doc); flagger.tell(); } };
}
