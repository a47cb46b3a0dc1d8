import { expect, test } from 'vitest';
import type { ReplyUse } from '@vigil/shared/schemas/reply-use';
import type { TabUnit } from '../storage.ts';
import type { SuggestionView } from './suggest.ts';
import { createReplySuggestionsModel, type ReplyTransport } from './suggestions-model.ts';

const unit: TabUnit = {
  key: 'weibo:5012', platform: 'weibo', kind: 'post', text: '青禾牛奶有异味', author: '小王', permalink: 'https://weibo.com/1/Abc',
  mentions: [{ brand: '青禾乳业', term: '青禾牛奶', kind: 'alias', start: 0, end: 4 }], sentiment: { label: 'negative', score: 0.9 }, level: 'mild', reasons: [],
};
const suggestion: SuggestionView = {
  replyId: 'r1', versionId: 'v1', version: 1, title: '质量::异味::安抚', tone: 'soothing', why: ['匹配风险类别「质量」'],
  text: '@小王 您好，工单号 {工单号}', unfilled: ['工单号'], length: { platform: 'weibo', length: 12, limit: 140, over: false }, expiresAt: null,
};

function world(over: Partial<ReplyTransport> = {}) {
  const logged: ReplyUse[] = [];
  const inserted: string[] = [];
  const copied: string[] = [];
  let n = 0;
  const transport: ReplyTransport = {
    suggest: async () => ({ suggestions: [suggestion], source: 'api' }),
    insert: async (_tab, _key, text) => (inserted.push(text), { inserted: true }),
    copy: async (text) => void copied.push(text),
    logUse: async (use) => (logged.push(use), { sent: 1, refused: [], pending: 0 }),
    newId: () => `use-${++n}-aaaaaaaa`,
    now: () => new Date('2026-11-22T02:00:00Z'),
    ...over,
  };
  return { model: createReplySuggestionsModel(transport, () => 7), logged, inserted, copied };
}

test('copy and insert use the edited text and log each use with unit, platform and version', async () => {
  const w = world();
  await w.model.load(unit);
  expect(w.model.byKey.value[unit.key]!.suggestions).toHaveLength(1);
  w.model.edit(unit.key, 'v1', '@小王 您好，工单号 QH-7');
  await w.model.use(unit, suggestion, 'copy');
  await w.model.use(unit, suggestion, 'insert');
  expect(w.copied).toEqual(['@小王 您好，工单号 QH-7']);
  expect(w.inserted).toEqual(['@小王 您好，工单号 QH-7']);
  expect(w.logged.map((u) => [u.action, u.versionId, u.unitKey, u.platform, u.finalText, u.permalink])).toEqual([
    ['copy', 'v1', 'weibo:5012', 'weibo', '@小王 您好，工单号 QH-7', 'https://weibo.com/1/Abc'],
    ['insert', 'v1', 'weibo:5012', 'weibo', '@小王 您好，工单号 QH-7', 'https://weibo.com/1/Abc'],
  ]);
  expect(w.model.byKey.value[unit.key]!.status.v1).toEqual({ ok: true, message: 'inserted' });
});

test('an insert that fails says why and logs nothing; a refused use is reported', async () => {
  const w = world({
    insert: async () => ({ inserted: false, reason: '未能打开回复框' }),
    logUse: async (use) => ({ sent: 0, refused: [{ id: use.id, reason: '已过期' }], pending: 0 }),
  });
  await w.model.load(unit);
  await w.model.use(unit, suggestion, 'insert');
  expect(w.model.byKey.value[unit.key]!.status.v1).toEqual({ ok: false, message: '未能打开回复框' });
  await w.model.use(unit, suggestion, 'copy');
  expect(w.model.byKey.value[unit.key]!.status.v1).toEqual({ ok: false, message: 'refused' });
});

test('a login wall instead of a reply box is kept as its code, which the panel words in zh or en (issue 14)', async () => {
  const w = world({ insert: async () => ({ inserted: false, code: 'loginWall', reason: '页面要求登录 / log in' }) });
  await w.model.load(unit);
  await w.model.use(unit, suggestion, 'insert');
  expect(w.model.byKey.value[unit.key]!.status.v1).toEqual({ ok: false, message: 'loginWall' });
  expect(w.logged).toEqual([]);
});
