import { textHash } from './hash.ts';
import { absoluteUrl } from './parts.ts';
import { parseTime } from './time.ts';
import { POST_ID } from './weibo-comment-search.ts';

// How a Weibo post is named wherever it shows (weibo.com cards, s.weibo.com search cards): the uid and mblogid in
// its time link, the time that link shows, and the unit key built from them. One post keeps one key on every page.

export function postRef(link: Element | undefined): { uid?: string; id?: string; url?: string } {
  const url = absoluteUrl(link?.getAttribute('href'), link?.ownerDocument ?? null);
  const m = url ? POST_ID.exec(url) : null;
  return { uid: m?.[1], id: m?.[2], url };
}

/** The absolute time a post link shows: its `title` (weibo.com: 2026-08-12 10:30) or its text (5分钟前). */
export function timeOf(link: Element | undefined, now: Date): string | undefined {
  if (!link) return undefined;
  return parseTime(link.getAttribute('title'), now) ?? parseTime(link.textContent, now);
}

export function keyOf(id: string | undefined, author: string | undefined, text: string): string {
  return id ? `weibo:${id}` : `weibo:h:${textHash(`${author ?? ''}\n${text}`)}`;
}
