// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { repeatedUnits } from './repeated-units.ts';
import { weibo } from './weibo.ts';

// The structural comment search (weibo-comment-search.ts) is the costly part of a post page's scan: every call of
// repeatedUnits walks a block of the page. A page with no comment is searched once, then again only after the page
// changed outside the post's card.

vi.mock('./repeated-units.ts', async (actual) => {
  const real = await actual<typeof import('./repeated-units.ts')>();
  return { ...real, repeatedUnits: vi.fn(real.repeatedUnits) };
});

const searches = vi.mocked(repeatedUnits);
/** Blocks of the page walked by the search since the last mockClear. */
const searched = () => searches.mock.calls.length;
const detail = 'http://weibo.com/5678901234/QbX7nA2Ke/';

/** The detail fixture before its comments loaded: the comment panel is there, empty. */
function waiting(): { doc: Document; panel: Element; card: Element } {
  const doc = loadFixture(detail);
  const panel = doc.querySelector('.Detail_feed_3iffy')!;
  const list = panel.querySelector('.wbpro-list')!;
  // The comments come with renamed classes (a release), so only the structural search can find them.
  list.remove();
  return { doc, panel, card: doc.querySelector('article')! };
}

/** The fixture's comment list as a release renames it. */
function renamedList(doc: Document): Element {
  const list = loadFixture(detail).querySelector('.wbpro-list')!;
  for (const el of [list, ...Array.from(list.querySelectorAll('[class]'))]) el.setAttribute('class', `_x${el.getAttribute('class')?.length ?? 0}_q1w2e_1`);
  return doc.importNode(list, true) as Element;
}

const comments = (doc: Document | Element) => weibo.findUnits(doc, fixtureNow).filter((u) => u.kind !== 'post');

describe('structural comment search on a post page without comments', () => {
  beforeEach(() => {
    searches.mockClear();
  });

  test('a repeat scan of the unchanged page does not search again', () => {
    const { doc } = waiting();
    expect(comments(doc)).toEqual([]);
    expect(searched()).toBeGreaterThan(0);
    searches.mockClear();
    expect(comments(doc)).toEqual([]);
    expect(comments(doc)).toEqual([]);
    expect(searched()).toBe(0);
  });

  test('a scan of the card itself (its time or counts changed) never searches', () => {
    const { card } = waiting();
    card.querySelector('a[class*="_time_"]')!.textContent = '6分钟前';
    expect(comments(card)).toEqual([]);
    expect(searched()).toBe(0);
  });

  test('a change inside the card keeps the answer; comments arriving beside it are found at once', () => {
    const { doc, panel, card } = waiting();
    comments(doc);
    card.querySelector('a[class*="_time_"]')!.textContent = '6分钟前';
    searches.mockClear();
    expect(comments(doc)).toEqual([]);
    expect(searched()).toBe(0);
    // Scanned in the same task as the change, before any observer heard of it.
    panel.append(renamedList(doc));
    expect(comments(doc).map((u) => u.author?.name)).toEqual(['路人甲乙丙', '宝妈小雨', '青禾乳业客服', '心疼宝宝的姨妈', '理性吃瓜']);
    expect(searched()).toBeGreaterThan(0);
  });

  test('comments arriving later are found after the observer heard of them, by the page scan and by their own root', async () => {
    const { doc, panel } = waiting();
    comments(doc);
    const list = renamedList(doc);
    panel.append(list);
    await new Promise((r) => setTimeout(r, 0));
    expect(comments(list.firstElementChild!).map((u) => u.author?.name)).toEqual(['路人甲乙丙', '宝妈小雨', '青禾乳业客服']);
    expect(comments(doc)).toHaveLength(5);
  });
});
