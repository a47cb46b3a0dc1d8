// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureNow, pageAt } from './fixture-doc.ts';
import { kuaishou } from './kuaishou.ts';
import { kuaishouPages, xiaohongshuPages } from './social-layout-pages-xhs.ts';
import { repeatedUnits } from './repeated-units.ts';
import type { SiteAdapter } from './types.ts';
import { xiaohongshu } from './xiaohongshu.ts';

// 小红书 and 快手 comments by structure (comments-by-structure.ts) walk the note's container, the costly part of a
// scan: a container that held no comment is walked once, then again only after it changed outside the post's own
// parts (search-memory.ts, shared with Weibo).

vi.mock('./repeated-units.ts', async (actual) => {
  const real = await actual<typeof import('./repeated-units.ts')>();
  return { ...real, repeatedUnits: vi.fn(real.repeatedUnits) };
});

const walks = vi.mocked(repeatedUnits);

const cases = [
  ['小红书 note, renamed comment list', xiaohongshu, xiaohongshuPages[0]!, '.note-content .date'],
  ['快手 video, renamed comment classes', kuaishou, kuaishouPages[1]!, '.video-info-time'],
] as const;

/** The page before its comments loaded: the comments (found by structure on the whole page) taken out. */
function waiting(adapter: SiteAdapter, p: (typeof cases)[number][2]) {
  const doc = pageAt(p.url, p.html);
  const found = adapter.findUnits(doc, fixtureNow).filter((u) => u.kind !== 'post');
  let list = found[0]!.element.parentElement!;
  while (!found.every((u) => list.contains(u.element))) list = list.parentElement!;
  const tops = Array.from(list.children).filter((el) => found.some((u) => el.contains(u.element)));
  const anchor = tops.at(-1)!.nextSibling;
  tops.forEach((el) => el.remove());
  const load = () => tops.forEach((el) => list.insertBefore(el, anchor));
  return { doc, load, keys: found.map((u) => u.key) };
}

const comments = (adapter: SiteAdapter, root: ParentNode) => adapter.findUnits(root, fixtureNow).filter((u) => u.kind !== 'post').map((u) => u.key);

describe('structural comment search on a note without comments', () => {
  beforeEach(() => {
    walks.mockClear();
  });

  test.each(cases)('%s: a repeat scan of the unchanged page, or one changed in the post’s own parts, does not walk', (_, adapter, p, ownPart) => {
    const { doc } = waiting(adapter, p);
    walks.mockClear();
    expect(comments(adapter, doc)).toEqual([]);
    expect(walks.mock.calls.length).toBeGreaterThan(0);
    walks.mockClear();
    expect(comments(adapter, doc)).toEqual([]);
    doc.querySelector(ownPart)!.textContent = '刚刚';
    expect(comments(adapter, doc)).toEqual([]);
    expect(walks.mock.calls.length).toBe(0);
  });

  test.each(cases)('%s: comments appended are walked for and found, in the scan’s task or after the observer heard', async (_, adapter, p) => {
    const { doc, load, keys } = waiting(adapter, p);
    comments(adapter, doc);
    load();
    walks.mockClear();
    expect(comments(adapter, doc)).toEqual(keys);
    expect(walks.mock.calls.length).toBeGreaterThan(0);
    const later = waiting(adapter, p);
    comments(adapter, later.doc);
    later.load();
    await new Promise((r) => setTimeout(r, 0));
    expect(comments(adapter, later.doc)).toEqual(later.keys);
  });
});
