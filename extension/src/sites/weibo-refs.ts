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

const B62 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A post's mblogid (QbX7nA2Ke) from its numeric mid (5228488618590362), as Weibo writes it: the mid cut into groups
 * of seven digits from the right, each in base 62, four characters but for the first. Search cards carry the mid.
 */
export function mblogidOf(mid: string | null | undefined): string | undefined {
  if (!mid || !/^\d{10,19}$/.test(mid)) return undefined;
  let out = '';
  for (let end = mid.length; end > 0; end -= 7) {
    let n = Number(mid.slice(Math.max(0, end - 7), end));
    let group = '';
    do {
      group = B62[n % 62] + group;
      n = Math.floor(n / 62);
    } while (n > 0);
    out = (end > 7 ? group.padStart(4, '0') : group) + out;
  }
  return out;
}
