import type { Counts } from '@vigil/shared/engine/types';
import type { capturePlatforms } from '@vigil/shared/i18n/vocabulary';
import type { PageStatus } from './page-state.ts';
import type { TextMap } from './text-map.ts';

// The site-adapter contract (issue 4). An adapter turns a page into units; the flagging feature analyses them and
// maps the engine's offsets back to DOM ranges through `map`. Nothing here touches the page's DOM.

/** The adapters' platform keys: the one list the workspace's platform filters offer too (capturePlatforms). */
export type Platform = (typeof capturePlatforms)[number];
export type UnitKind = 'post' | 'repost' | 'comment' | 'reply' | 'article';

export interface UnitAuthor {
  name: string;
  /** Platform user id where the page shows one (Weibo uid, Douyin sec_uid). */
  id?: string;
  url?: string;
  verified?: boolean;
}

export interface Unit {
  /** Stable per post or comment: the platform id, or a hash of author + text when the page shows none. */
  key: string;
  platform: Platform;
  kind: UnitKind;
  /** Logical text: what a reader sees, emoji `<img alt>` included, 展开/全文 buttons left out. */
  text: string;
  /** The page shows only the start of the text (a 展开 / 全文 control was present). */
  truncated: boolean;
  author?: UnitAuthor;
  permalink?: string;
  /** ISO 8601 (UTC), absolute even when the page shows 5分钟前. */
  publishedAt?: string;
  counts?: Counts;
  promoted?: boolean;
  /** Counts the web page does not show at all (公众号 阅读/在看/点赞): said, never guessed (issue 14). */
  countsUnavailable?: string;
  /** The post a comment, reply or repost belongs to. */
  parentKey?: string;
  /** The unit's outermost element (card, comment item, article). */
  element: Element;
  /** Logical-text offsets (UTF-16) ↔ DOM positions, for highlighting. */
  map: TextMap;
  /** Which selector fallback matched each field, e.g. { text: '[class*="_wbtext_"] — new hashed generation' }. */
  debug: { matched: Record<string, string> };
}

/** The serialisable part of a unit: what the background and side panel keep (DESIGN.md `tab:<tabId>`). */
export type UnitRecord = Omit<Unit, 'element' | 'map' | 'debug'>;

export interface LoginWall {
  platform: Platform;
  /** zh-CN first, English second: shown to the user, who logs in themselves (never automated). */
  message: string;
}

/** One entry of a platform's hot list (微博热搜, 抖音热榜) as the page shows it (issue 11 item 4). */
export interface HotEntry {
  platform: 'weibo' | 'douyin';
  /** 1 is the top; undefined for a pinned (置顶) entry without a number. */
  rank?: number;
  title: string;
  /** The heat figure as a number (热 123万 → 1 230 000); undefined where the list shows none. */
  heat?: number;
  url?: string;
  /** Which selector fallback matched each field, as units report it. */
  debug: { matched: Record<string, string> };
}

/** Reads a platform's hot list wherever its pages show one (the list page, a side panel). */
export interface HotListReader {
  /** Fixture pages (under tests/fixtures/sites) showing the list; the registry meta-test reads each. */
  testUrls: readonly string[];
  /**
   * Visible entries, each title once (a side panel repeats the list's top), promoted (荐/广告) slots left out. With
   * `only`, a cheap test of text: when the entries' text as a whole fails it, none is read (issue 15).
   */
  read(doc: ParentNode, only?: (text: string) => boolean): HotEntry[];
}

export interface SiteAdapter {
  /** Equals the file name (weibo, weibo-mobile, douyin, news). */
  id: string;
  platform: Platform;
  /** Host names the adapter serves; news resolves its hosts from the rule pack's `newsHosts`. */
  hosts: readonly string[];
  /** Chrome match patterns for the content script. */
  matches: readonly string[];
  /** Fixture pages (under tests/fixtures/sites) this adapter is checked against, as http://host/path URLs. */
  testUrls: readonly string[];
  findUnits(root: ParentNode, now: Date): Unit[];
  /** CSS of the elements a unit lives in (cards, comment items): a change inside one rescans the whole unit. */
  unitContainers: string;
  /**
   * True when `findUnits` of each outermost unit container, taken one by one, finds exactly what it finds inside
   * that container in a scan of the whole page (no unit spans containers or needs a sibling's): the flagger then
   * extracts only the containers whose text may name a brand. A function decides per page (a post's own page
   * whose comments the adapter finds by structure, outside any container, is not split).
   */
  containersStandAlone?: boolean | ((doc: Document) => boolean);
  /** Units live in open shadow roots (B站): scans read through them and each shadow root is observed (issue 14). */
  shadow?: boolean;
  /**
   * State globals whose inline script removes itself once run (快手 __APOLLO_STATE__, B站 __INITIAL_STATE__): a
   * document_start content script keeps their text for scriptState (early-scripts.ts, issue 14).
   */
  earlyState?: readonly string[];
  detectLoginWall(doc: Document): LoginWall | null;
  /** Whether the page is the platform's deletion / violation page (issue 14; takedown re-checks read it). */
  pageStatus?(doc: Document): PageStatus;
  /** The platform's hot list (热搜 / 热榜), on the pages that show it (issue 11 item 4). */
  hotList?: HotListReader;
  /** The element whose subtree holds the units (observed for incremental scans); falls back to body. */
  feedRoot(doc: Document): Element | null;
}

export function toRecord(unit: Unit): UnitRecord {
  const { element: _e, map: _m, debug: _d, ...record } = unit;
  return record;
}
