import { nameText } from './badges.ts';
import { parseCount } from './counts.ts';
import { pick, type FallbackList } from './selectors.ts';
import type { Unit, UnitAuthor } from './types.ts';

// Small field readers shared by the adapters (issue 4).

const resolved = new Map<string, string | undefined>();

/** Absolute URL of a link as the browser would resolve it; protocol-relative //host/ links included. */
export function absoluteUrl(href: string | null | undefined, doc: Document | null): string | undefined {
  if (!href) return undefined;
  const base = doc?.location?.href && doc.location.href !== 'about:blank' ? doc.location.href : 'https://weibo.com/';
  // Adapters resolve the same author and post links several times per card (issue 15): parsing is the cost.
  const key = `${base}\n${href}`;
  if (resolved.has(key)) return resolved.get(key);
  let url: string | undefined;
  try {
    url = new URL(href, base).href;
  } catch {
    url = undefined;
  }
  if (resolved.size >= 512) resolved.clear();
  resolved.set(key, url);
  return url;
}

/**
 * Author from a profile link: visible name (without a leading @ or a badge such as 作者 inside the link), uid from
 * /u/123 or /profile/123 or the usercard.
 */
export function authorFrom(link: Element, idPattern = /\/(?:u|profile|user)\/([^/?#]+)/): UnitAuthor | undefined {
  const name = nameText(link).replace(/\s+/g, ' ').trim().replace(/^@/, '').replace(/[:：]$/, '');
  if (!name) return undefined;
  const href = link.getAttribute('href') ?? '';
  const id = idPattern.exec(href)?.[1] ?? link.getAttribute('usercard')?.replace(/^id=/, '') ?? undefined;
  const author: UnitAuthor = { name };
  if (id && !id.startsWith('name=')) author.id = id;
  const url = absoluteUrl(href, link.ownerDocument);
  if (href && url) author.url = url;
  return author;
}

/**
 * The number a count label stands for, noting the label as the page displayed it (1.2万, 10万+, 转发) in
 * `matched['shown:<field>']`: the capture probe keeps it beside the integer (issue 10: reach at capture time).
 */
export function readCount(matched: Record<string, string>, field: string, raw: string | null | undefined): number | undefined {
  const n = parseCount(raw);
  const shown = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (n !== undefined && shown) matched[`shown:${field}`] = shown.slice(0, 40);
  return n;
}

/** Count shown next to an icon: climbs from the icon to the nearest ancestor (inside `stop`) that has text. */
export function countNear(scope: ParentNode, icons: FallbackList, stop: Element, matched: Record<string, string>, field: string): number | undefined {
  const icon = pick(scope, icons);
  if (!icon) return undefined;
  for (let e: Element | null = icon.el; e && e !== stop; e = e.parentElement) {
    const text = (e.textContent ?? '').trim();
    if (text) {
      const n = readCount(matched, field, text);
      if (n !== undefined) matched[field] = icon.matched;
      return n;
    }
  }
  return undefined;
}

/** Drops undefined fields so records compare and serialise cleanly. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/**
 * Each comment once: m.weibo.cn and weibo.com show a comment in 热门评论 and again among the comments by time (and
 * weibo.com again after a 查看更多 load), with the same key (post, author and words) in both places; the first
 * place shown is kept. Posts are left as they are.
 */
export function commentsOnce(units: readonly Unit[]): Unit[] {
  const seen = new Set<string>();
  return units.filter((u) => u.kind === 'post' || u.kind === 'repost' || (!seen.has(u.key) && !!seen.add(u.key)));
}
