import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCaptureBackground } from './background.ts';
import { runCapture } from './capture-flow.ts';
import { createRecheckRefusals, samePage } from './recheck-refusals.ts';
import { createStores, memoryArea, type Stores } from '../storage.ts';

// A refused re-check (复查, issue 10) is kept per tab with its reason for the side panel, and only while the tab shows
// the page that asked. The background's own recheck:start handler is driven here; the capture itself is stubbed.

vi.mock('./capture-flow.ts', () => ({ runCapture: vi.fn(async () => ({ ok: true, item: { captureId: 'cap-1' } })) }));

const api = 'http://127.0.0.1:8787';
const post = 'https://weibo.com/7230981123/QbWq8cM3d';
const opened = `${post}#vigil-recheck=case-7`;
const tabs: Record<number, chrome.tabs.Tab> = {
  1: { id: 1, url: `${api}/cases/case-7` } as chrome.tabs.Tab,
  2: { id: 2, url: 'https://weixin.qq.com/chat' } as chrome.tabs.Tab,
};
const ask = { caseId: 'case-7', status: 'deleted', message: '此微博已被作者删除' } as const;
/** The content script of tab `id` asking, the tab opened by `opener` (or by no tab). */
const from = (id: number, opener?: number) =>
  ({ id: 'vigil', tab: { id, url: opened, ...(opener !== undefined ? { openerTabId: opener } : {}) } }) as chrome.runtime.MessageSender;

let stores: Stores;
let recheck: (sender: chrome.runtime.MessageSender) => Promise<unknown>;
beforeEach(() => {
  vi.stubGlobal('chrome', { tabs: { get: async (id: number) => tabs[id] ?? null } });
  vi.mocked(runCapture).mockClear();
  stores = createStores(memoryArea(), memoryArea());
  const handler = createCaptureBackground(stores).handlers['recheck:start']!;
  recheck = async (sender) => handler(ask, sender);
});
afterEach(() => vi.unstubAllGlobals());

describe('recheck:start keeps why it refused, per tab', () => {
  test.each([
    ['a link pasted into a new tab', undefined],
    ['a link opened from a chat', 2],
    ['a link opened from the case list', 99],
  ])('%s: refused as not opened from the case page', async (_what, opener) => {
    expect(await recheck(from(5, opener))).toMatchObject({ ok: false });
    expect(runCapture).not.toHaveBeenCalled();
    expect(await stores.recheckRefused(5).get()).toEqual({ caseId: 'case-7', reason: 'not-from-case', url: opened, at: expect.any(String) });
    expect(await stores.recheckRefused(6).get()).toBeNull();
  });

  test('opened by the case page: the re-check is made and nothing is kept; made again in that tab, refused as done', async () => {
    expect(await recheck(from(5, 1))).toMatchObject({ ok: true });
    expect(runCapture).toHaveBeenCalledTimes(1);
    expect(await stores.recheckRefused(5).get()).toBeNull();
    // The tab reloaded (or taken elsewhere by its page with the case id in hand).
    expect(await recheck(from(5, 1))).toMatchObject({ ok: false });
    expect(runCapture).toHaveBeenCalledTimes(1);
    expect(await stores.recheckRefused(5).get()).toMatchObject({ caseId: 'case-7', reason: 'already-rechecked', url: opened });
  });

  test('the one re-check per tab holds over a restarted worker, and for two asks in flight at once', async () => {
    expect(await recheck(from(5, 1))).toMatchObject({ ok: true });
    // Chrome stopped the idle worker: a new background on the same session storage.
    const restarted = createCaptureBackground(stores).handlers['recheck:start']!;
    expect(await restarted(ask, from(5, 1))).toMatchObject({ ok: false });
    expect(await stores.recheckRefused(5).get()).toMatchObject({ reason: 'already-rechecked' });
    const both = await Promise.all([restarted(ask, from(6, 1)), restarted(ask, from(6, 1))]);
    expect(both.filter((r) => (r as { ok: boolean }).ok)).toHaveLength(1);
    expect(runCapture).toHaveBeenCalledTimes(2);
  });

  test('a re-check made after a refusal in the same tab takes the refusal away', async () => {
    const settings = await stores.settings.get();
    await stores.settings.set({ ...settings, apiUrl: '' });
    await recheck(from(5, 1));
    expect(await stores.recheckRefused(5).get()).toMatchObject({ reason: 'not-from-case' });
    await stores.settings.set(settings);
    expect(await recheck(from(5, 1))).toMatchObject({ ok: true });
    expect(await stores.recheckRefused(5).get()).toBeNull();
  });

  test('a sender outside any tab is answered as before and nothing is kept', async () => {
    expect(await recheck({ id: 'vigil' })).toEqual({ ok: false, message: '标签页已关闭 / The tab is gone' });
    expect(runCapture).not.toHaveBeenCalled();
  });
});

describe('the refusal goes with the page that asked', () => {
  const refusal = { caseId: 'case-7', reason: 'not-from-case', url: opened } as const;
  const setup = async () => {
    const s = createStores(memoryArea(), memoryArea());
    const refusals = createRecheckRefusals(s.recheckRefused, () => new Date('2026-12-01T08:00:00Z'));
    await refusals.refused(5, refusal);
    await refusals.refused(6, { ...refusal, reason: 'already-rechecked' });
    return { s, refusals };
  };

  test('kept while the tab shows the same page, its fragment aside', async () => {
    const { s, refusals } = await setup();
    expect(await s.recheckRefused(5).get()).toEqual({ ...refusal, at: '2026-12-01T08:00:00.000Z' });
    await refusals.navigated(5, post);
    await refusals.navigated(5, `${post}#comments`);
    expect(await s.recheckRefused(5).get()).toMatchObject(refusal);
  });

  test.each([
    ['another post', 'https://weibo.com/7230981123/QbX7nA2Ke'],
    ['the same post with a query', `${post}?type=comment`],
    ['another site', 'https://www.douyin.com/'],
  ])('forgotten when the tab navigates to %s; other tabs keep theirs', async (_what, url) => {
    const { s, refusals } = await setup();
    await refusals.navigated(5, url);
    expect(await s.recheckRefused(5).get()).toBeNull();
    expect(await s.recheckRefused(6).get()).toMatchObject({ reason: 'already-rechecked' });
  });

  test('forgotten when the tab closes; a tab with none navigates without a trace', async () => {
    const { s, refusals } = await setup();
    await refusals.closed(6);
    expect(await s.recheckRefused(6).get()).toBeNull();
    await refusals.navigated(8, post);
    expect(await s.recheckRefused(8).get()).toBeNull();
    expect(await s.recheckRefused(5).get()).toMatchObject(refusal);
  });

  test.each([
    [opened, post, true],
    [post, `${post}#`, true],
    [post, `${post}/`, false],
    [post, post.replace('https:', 'http:'), false],
  ])('samePage(%s, %s) is %s', (a, b, same) => {
    expect(samePage(a, b)).toBe(same);
  });
});
