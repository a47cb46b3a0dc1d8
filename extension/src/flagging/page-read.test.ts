// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createStores, memoryArea } from '../storage.ts';
import { fixtureNow, loadFixture } from '../sites/fixture-doc.ts';
import { news } from '../sites/news.ts';
import { createFlagBackend } from './background.ts';
import { emptyReason } from './empty-reason.ts';
import { init, type FlagTransport } from './flag-mentions.ts';

// A news page read end to end in the content-script half against the real background (real engine, in-memory
// storage), issue 12: the article and each comment are flagged on their own, comments that never name the brand
// stay out, and what the page held is kept for the side panel's empty-list reason.

async function flagPage(url: string) {
  const doc = loadFixture(url);
  const stores = createStores(memoryArea(), memoryArea());
  const backend = createFlagBackend({ stores, badge: { set: () => {} } });
  const sender = { tab: { id: 9 } } as chrome.runtime.MessageSender;
  const messages: string[] = [];
  const transport: FlagTransport = {
    pack: () => backend['rules:mentions'](),
    reset: (req) => (messages.push(`reset${req.read ? ' +read' : ''}`), Promise.resolve(backend['flag:reset'](req, sender))),
    flag: async (req) => (messages.push(`units${req.read ? ' +read' : ''}`), backend['flag:units'](req, sender)),
    read: (req) => (messages.push('read'), Promise.resolve(backend['flag:read'](req, sender))),
    openPanel: () => {},
  };
  const flagger = await init({ signal: new AbortController().signal, site: news, transport, doc, now: () => fixtureNow });
  await flagger.settled();
  // The read report is sent without waiting for it.
  await expect.poll(async () => (await stores.tab(9).get())?.read).toBeDefined();
  return { state: (await stores.tab(9).get())!, doc, flagger, stores, messages };
}

describe('a news page read by the flagging script', () => {
  test('the article and each comment naming the brand are flagged separately, each with its own level', async () => {
    const { state } = await flagPage('http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml');
    const byStart = (s: string) => state.units.find((u) => u.text.startsWith(s));
    expect(state.units.map((u) => u.kind).sort()).toEqual(['article', 'comment', 'comment', 'comment']);
    expect(byStart('青禾乳业回应酸奶胀包投诉')?.kind).toBe('article');
    expect(byStart('我家孩子喝了青禾酸奶')?.level).toBe('severe');
    expect(byStart('我买的批次没问题')?.level).toBe('none');
    expect(byStart('青禾客服态度差')?.level).not.toBe('severe');
    expect(state.units.some((u) => u.text.includes('食品安全真是让人担心'))).toBe(false); // no brand named
    expect(state.read).toEqual({ mention: true, units: 5 });
  });

  test('an English article on a news host is flagged', async () => {
    const { state } = await flagPage('http://www.sixthtone.com/news/1016789.html');
    const article = state.units.find((u) => u.kind === 'article');
    expect(article?.mentions[0]?.brand).toBe('青禾乳业');
    expect(article?.level).not.toBe('none');
  });

  test('a page that never names the brand is read and says so; nothing is listed', async () => {
    const { state } = await flagPage('http://news.sina.com.cn/c/2026-11-22/doc-inweather0001.shtml');
    expect(state.units).toEqual([]);
    expect(state.read).toEqual({ mention: false, units: 0 });
  });

  test('after a single-page navigation to a page without the brand, the tab says so instead of keeping the old list', async () => {
    const { doc, flagger, stores } = await flagPage('http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml');
    doc.defaultView!.history.pushState({}, '', '/jjxw/2026-11-22/doc-other.shtml');
    for (const el of doc.querySelectorAll('#artibody p, .txt')) el.textContent = '寒潮来袭，北方多地气温骤降。';
    doc.querySelector('h1')!.textContent = '寒潮来袭';
    flagger.rescan();
    await expect.poll(async () => (await stores.tab(9).get())?.url).toBe('http://finance.sina.com.cn/jjxw/2026-11-22/doc-other.shtml');
    const state = (await stores.tab(9).get())!;
    expect(state).toMatchObject({ units: [], read: { units: 5 } }); // the new page's article and comments, none naming the brand
    expect(emptyReason({ url: state.url, state, total: 0, newsHost: 'sina.com.cn', granted: true, platform: false })).toBe('no_mention');
  });

  test('what the page read rides on the reset or on the units: no message of its own at load (issue 15)', async () => {
    const plain = await flagPage('http://news.sina.com.cn/c/2026-11-22/doc-inweather0001.shtml');
    expect(plain.messages).toEqual(['reset +read']);
    const flagged = await flagPage('http://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7781300.shtml');
    expect(flagged.messages).toEqual(['reset', 'units +read']);
    expect(flagged.state.read).toEqual({ mention: true, units: 5 });
  });
});
