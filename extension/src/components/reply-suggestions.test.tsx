// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { lang } from '../i18n.ts';
import type { SuggestionView } from '../replies/suggest.ts';
import { createReplySuggestionsModel } from '../replies/suggestions-model.ts';
import type { InsertResponse } from '../replies/types.ts';
import type { TabUnit } from '../storage.ts';
import { ReplySuggestions } from './reply-suggestions.tsx';

// The suggestion card on the platforms of issue 14: why an insert did not happen, in the panel's language, and no
// 插入回复框 at all on a 公众号 article, which has no reply box on the web page.

const unit = (platform: string, key: string): TabUnit => ({
  key, platform, kind: 'comment', text: '一直喝青禾的，这次这瓶有股异味', author: '爱喝酸奶的猫',
  mentions: [{ brand: '青禾乳业', term: '青禾', kind: 'alias', start: 3, end: 5 }], sentiment: { label: 'negative', score: 0.9 }, level: 'mild', reasons: [],
});
const suggestion: SuggestionView = {
  replyId: 'r1', versionId: 'v1', version: 1, title: '质量::异味::安抚', tone: 'soothing', why: ['匹配风险类别「质量」'],
  text: '@爱喝酸奶的猫 您好，我们已在小红书私信您。', unfilled: [], length: null, expiresAt: null,
};

async function show(u: TabUnit, insert: () => Promise<InsertResponse>) {
  const model = createReplySuggestionsModel({
    suggest: async () => ({ suggestions: [suggestion], source: 'api' }), insert, copy: async () => {},
    logUse: async () => ({ sent: 1, refused: [], pending: 0 }), newId: () => 'use-1-aaaaaaaa', now: () => new Date('2026-11-22T02:00:00Z'),
  }, () => 7);
  await model.load(u);
  render(<ReplySuggestions model={model} unit={u} />, document.body);
  return model;
}
const byId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const settle = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  render(null, document.body);
  lang.value = 'zh';
});

test('a login wall instead of a reply box is said plainly, in Chinese and in English', async () => {
  await show(unit('xiaohongshu', 'xiaohongshu:c:1'), async () => ({ inserted: false, code: 'loginWall', reason: 'x' }));
  byId('insert-reply')!.click();
  await settle();
  expect(byId('reply-status')?.textContent).toBe('未找到回复框：页面要求登录，请先自行登录（Vigil 不会替你登录）后再插入，或复制后粘贴');
  lang.value = 'en';
  await settle();
  expect(byId('reply-status')?.textContent).toMatch(/^No reply box found: the page asks you to log in/);
});

test('公众号: 复制 only, and the card says the web page has no reply box', async () => {
  await show(unit('weixin', 'weixin:9f3c2a7b1e0d4c5a'), async () => ({ inserted: true }));
  expect(byId('insert-reply')).toBeNull();
  expect(byId('copy-reply')).not.toBeNull();
  expect(byId('reply-no-box')?.textContent).toMatch(/^公众号网页没有回复框/);
});
