// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { demoPack } from '@vigil/shared/engine/demo-pack';
import { compilePack } from '@vigil/shared/engine/rules';
import { douyin } from '../sites/douyin.ts';
import { fixtureNow, loadFixture } from '../sites/fixture-doc.ts';
import type { SiteAdapter } from '../sites/types.ts';
import { weibo } from '../sites/weibo.ts';
import { weiboMobile } from '../sites/weibo-mobile.ts';
import { xiaohongshu } from '../sites/xiaohongshu.ts';
import { createStores, memoryArea } from '../storage.ts';
import { createFlagBackend } from './background.ts';
import { createFlagger, type FlagTransport } from './flag-mentions.ts';

// The brand's own accounts on the saved pages (issue 13 item 2): the content script finds their posts even when
// they do not name the brand, the background keeps them apart from the units, paints nothing and queues no upload.

async function flag(url: string, site: SiteAdapter) {
  const doc = loadFixture(url);
  const stores = createStores(memoryArea(), memoryArea());
  const backend = createFlagBackend({ stores, badge: { set: () => {} } });
  const sender = { tab: { id: 7 } } as chrome.runtime.MessageSender;
  const transport: FlagTransport = {
    pack: () => backend['rules:mentions'](),
    reset: (req) => Promise.resolve(backend['flag:reset'](req, sender)),
    flag: async (req) => backend['flag:units'](req, sender),
    read: (req) => Promise.resolve(backend['flag:read'](req, sender)),
    openPanel: () => {},
  };
  const flagger = createFlagger(compilePack(demoPack), { signal: new AbortController().signal, site, transport, doc, now: () => fixtureNow });
  flagger.scan(doc);
  await flagger.settled();
  const state = (await stores.tab(7).get())!;
  return { state, flagger, doc, outbox: await stores.mentionsOutbox.get() };
}

describe('own accounts on the saved pages', () => {
  test.each<[string, string, SiteAdapter, string[]]>([
    ['weibo.com feed: the promoted post and the reposted statement', 'http://weibo.com/', weibo, ['青禾乳业冬季暖心礼盒上新', '关于网传产品质量问题的说明']],
    ['m.weibo.cn: the promoted card', 'http://m.weibo.cn/', weiboMobile, ['青禾乳业']],
    ['Douyin: the customer-service reply under a complaint', 'http://www.douyin.com/video/7438765432109876543/', douyin, ['您好，非常抱歉，已私信您处理']],
    ['小红书: the official reply', 'http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share', xiaohongshu, ['您好，已私信您']],
  ])('%s', async (_name, url, site, starts) => {
    const { state, outbox } = await flag(url, site);
    const own = state.own ?? [];
    for (const start of starts) expect(own.some((u) => u.text.includes(start)), start).toBe(true);
    expect(own.every((u) => u.level === 'none' && u.own?.brand === '青禾乳业')).toBe(true);
    const ownKeys = new Set(own.map((u) => u.key));
    expect(state.units.some((u) => ownKeys.has(u.key))).toBe(false);
    expect(outbox.some((r) => ownKeys.has(r.key))).toBe(false);
    expect(state.units.length).toBeGreaterThan(0);
  });

  test('nothing is painted on the promoted post; the customers’ posts still are', async () => {
    const { state, flagger, doc } = await flag('http://weibo.com/', weibo);
    expect(state.own?.map((u) => u.key)).toContain('weibo:QbVw0AdRt');
    const card = (text: string) => [...doc.querySelectorAll('article')].find((a) => a.textContent?.includes(text))!;
    expect(flagger.painter.paintedWithin(card('冬季暖心礼盒'))).toBe(false);
    expect(flagger.painter.paintedWithin(card('过敏住院'))).toBe(true);
  });
});
