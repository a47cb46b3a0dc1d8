// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { weiboMobile } from './weibo-mobile.ts';

const units = () => weiboMobile.findUnits(loadFixture('http://m.weibo.cn/'), fixtureNow);

describe('m.weibo.cn adapter', () => {
  test('cards in order with authors, mobile relative times and counts', () => {
    expect(units().map((u) => [u.kind, u.author?.name, u.publishedAt])).toEqual([
      ['post', '宝妈小雨', '2026-11-22T09:37:00.000Z'],
      ['post', '健身的小林', '2026-11-21T04:00:00.000Z'],
      ['post', '青禾苗种植合作社', '2026-06-26T16:00:00.000Z'],
      ['post', '吃瓜群众007', '2026-11-20T16:00:00.000Z'],
      ['repost', '消费者观察', '2026-11-22T03:20:00.000Z'],
      ['post', '青禾乳业官方', undefined],
      ['post', '青禾乳业官方', '2026-11-22T01:00:00.000Z'],
      ['post', '今日天气', '2026-11-22T09:32:00.000Z'],
    ]);
  });

  test('emoji alt, counts (1.2万, zero labels), profile id', () => {
    const [first, second] = units();
    expect(first).toMatchObject({ text: '青禾牛奶到底有没有问题？孩子喝了以后全身起疹子，医生说是过敏 [泪]', counts: { reposts: 12_000, comments: 2301, likes: 56_000 }, author: { id: '5678901234' } });
    expect(second?.counts).toEqual({ reposts: 0, comments: 0, likes: 0 });
  });

  test('the 全文 link gives the post id and marks truncation; the repost points at its original', () => {
    const list = units();
    expect(list[3]).toMatchObject({ key: 'weibo:4985123456789012', truncated: true, permalink: 'http://m.weibo.cn/status/4985123456789012' });
    expect(list[3]?.text).not.toContain('全文');
    expect(list[4]).toMatchObject({ text: '//转发理由：看后续', parentKey: 'weibo:4985001122334455' });
    expect(list[5]?.text).toBe('@青禾乳业官方:关于网传产品质量问题的说明：相关批次产品已封存送检。');
  });

  test('without an id the key is a stable hash, and the 广告 card is promoted', () => {
    const a = units();
    const b = units();
    expect(a[0]?.key).toMatch(/^weibo:h:/);
    expect(a.map((u) => u.key)).toEqual(b.map((u) => u.key));
    expect(a.filter((u) => u.promoted).map((u) => u.author?.name)).toEqual(['青禾乳业官方']);
  });
});

describe('m.weibo.cn detail page', () => {
  const detail = () => weiboMobile.findUnits(loadFixture('http://m.weibo.cn/detail/4985123456789012/'), fixtureNow);

  test('the post takes its id from the URL; comments and reply previews follow with authors, times and likes', () => {
    expect(detail().map((u) => [u.kind, u.author?.name, u.text, u.publishedAt, u.counts?.likes])).toEqual([
      ['post', '吃瓜群众007', expect.stringContaining('扒一扒某禾乳业'), '2026-11-20T16:00:00.000Z', 32_000],
      ['comment', '路过的奶粉妈', '我家也喝青禾奶粉，宝宝最近一直拉肚子 [泪]', '2026-11-22T09:35:00.000Z', 326],
      ['reply', '儿科医生王', '建议先停喝，保留批次号去医院查过敏原', undefined, undefined],
      ['reply', '青禾乳业客服', '您好，已私信您，请提供订单号', undefined, undefined],
      ['comment', '理中客', '一码归一码，别什么都往一家公司头上扣', '2026-11-21T04:00:00.000Z', 0],
      ['comment', '维权律师李', '建议受害家庭联合起诉某禾乳业，证据要保留好', '2026-06-26T16:00:00.000Z', 12_000],
    ]);
  });

  test('keys: the status id for the post, post-scoped hashes for comments, replies point at their comment', () => {
    const [post, comment, reply] = detail();
    expect(post?.key).toBe('weibo:4985123456789012');
    expect(comment).toMatchObject({ parentKey: 'weibo:4985123456789012' });
    expect(comment?.key).toMatch(/^weibo:c:4985123456789012:/);
    expect(reply?.parentKey).toBe(comment?.key);
    expect(comment?.text).not.toContain('儿科医生王');
  });
});
