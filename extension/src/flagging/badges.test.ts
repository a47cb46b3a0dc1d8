// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from '../sites/fixture-doc.ts';
import { sites } from '../sites/index.ts';
import { badgeHost, createBadges } from './badges.ts';

// Where each unit's badge goes (issue 15): a small box at the top of the unit, not the whole post, so attaching the
// badge re-lays out a name and a time instead of every line of the post. Over every platform's saved pages.

const text = (el: Element) => el.textContent?.length ?? 0;

describe('badge host over every saved page', () => {
  test.each(sites.map((s) => [s.id, s] as const))('%s: inside the unit, on its first-child chain, small when not the unit itself', (_id, site) => {
    let units = 0;
    let small = 0;
    for (const url of site.testUrls) {
      for (const u of site.findUnits(loadFixture(url), fixtureNow)) {
        units += 1;
        const host = badgeHost(u.element);
        expect(u.element === host || u.element.contains(host)).toBe(true);
        if (host !== u.element) {
          small += 1;
          expect(text(host)).toBeLessThanOrEqual(80);
          // The host is on the unit's first-child chain: the badge keeps the unit's top-left corner.
          let first: Element | null = u.element;
          while (first && first !== host) first = first.firstElementChild;
          expect(first).toBe(host);
        }
      }
    }
    expect(units).toBeGreaterThan(0);
    console.log(`${site.id.padEnd(13)} badge on a small host for ${small}/${units} units`);
  });

  test('a post whose first box holds the whole text keeps the badge on the post', () => {
    document.body.innerHTML = '<article><div>青禾乳业的奶又胀包了，今年315见吧。'.padEnd(200, '。') + '</div></article>';
    const article = document.querySelector('article')!;
    expect(badgeHost(article)).toBe(article);
  });

  test('the header with name and time carries the badge; a tag that cannot host one is passed over', () => {
    document.body.innerHTML = '<article><a href="/u/1"><header><span>用户1</span> 今天 10:00</header></a><p>正文'.padEnd(300, '字') + '</p></article>';
    // <a> cannot carry a shadow root; the chain goes on to the header inside it.
    expect(badgeHost(document.querySelector('article')!).tagName).toBe('HEADER');
  });
});

/**
 * happy-dom's IntersectionObserver never reports: this one reports what the test says is within a screen of the
 * viewport, as Chromium would after a scroll.
 */
class Viewport {
  static current: Viewport | null = null;
  observed = new Set<Element>();
  constructor(private readonly report: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
    Viewport.current = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  static comeNear(...els: Element[]) {
    const v = Viewport.current!;
    v.report(els.filter((e) => v.observed.has(e)).map((target) => ({ target, isIntersecting: true })));
  }
}

describe('badges', () => {
  const idle = () => new Promise((r) => setTimeout(r, 80));
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = Viewport;
  /** The hosts given a shadow root: a closed root is otherwise invisible to the test, as to the page. */
  const attached: Element[] = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    attached.push(this);
    return attach.call(this, init);
  };

  test('one badge per unit, re-attached when the page re-renders its header', async () => {
    document.body.innerHTML = '<article id="a"><header>用户1 今天 10:00</header><p>' + '青禾乳业'.repeat(40) + '</p></article>';
    const ac = new AbortController();
    const opened: string[] = [];
    const badges = createBadges(document, (k) => opened.push(k), ac.signal);
    const article = document.getElementById('a')!;
    const info = { key: 'weibo:1', level: 'severe' as const, brand: '青禾乳业', reasons: ['起诉'] };
    badges.set(article, info);
    Viewport.comeNear(article);
    await idle();
    const header = article.querySelector('header')!;
    // The shadow root is closed: the page sees none; attaching a second one fails.
    expect(header.shadowRoot).toBeNull();
    expect(() => header.attachShadow({ mode: 'open' })).toThrow();
    // A framework replaces the header: the next paint attaches to the new one.
    const fresh = document.createElement('header');
    fresh.textContent = '用户1 今天 10:01';
    header.replaceWith(fresh);
    badges.set(article, info);
    await idle();
    expect(() => fresh.attachShadow({ mode: 'open' })).toThrow();
    ac.abort();
  });

  test('a unit a screen or more below the viewport gets its badge when it comes near; a drawn badge changes at once', async () => {
    document.body.innerHTML = ['a', 'b', 'c'].map((id) => `<article id="${id}"><header>用户 今天 10:00</header><p>青禾乳业</p></article>`).join('');
    const ac = new AbortController();
    const badges = createBadges(document, () => {}, ac.signal);
    const [a, b, c] = ['a', 'b', 'c'].map((id) => document.getElementById(id)!);
    const info = (key: string) => ({ key, level: 'moderate' as const, brand: '青禾乳业', reasons: [] });
    attached.length = 0;
    for (const el of [a!, b!, c!]) badges.set(el, info(el.id));
    Viewport.comeNear(a!);
    await idle();
    expect(attached.map((h) => h.closest('article')?.id)).toEqual(['a']);
    // The reader scrolls: b comes near. c was cleared (its post no longer mentions the brand) and never gets one.
    badges.clear(c!);
    Viewport.comeNear(b!, c!);
    await idle();
    expect(attached.map((h) => h.closest('article')?.id)).toEqual(['a', 'b']);
    // A new level for a drawn badge needs no scroll, and attaches nothing new.
    badges.set(a!, { ...info('a'), level: 'severe' });
    await idle();
    expect(attached).toHaveLength(2);
    ac.abort();
  });
});
