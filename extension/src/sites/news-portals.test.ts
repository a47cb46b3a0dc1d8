// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, loadFixture } from './fixture-doc.ts';
import { news } from './news.ts';

// The big portals' article pages as they look in 2026 (今日头条, 百家号, 腾讯新闻, 网易号): one article unit with
// headline and body (no nav, tags, 相关推荐, 举报 or 声明), its source and time, and one unit per reader comment
// with its author, time and likes, its words without badges (热评, 作者), places (IP属地：浙江, 广东 ·) or 回复 rows.

const toutiao = 'http://www.toutiao.com/article/7441234567890123456/';
const baijiahao = 'http://baijiahao.baidu.com/s?id=1817234567890123456&wfr=spider&for=pc';
const qq = 'http://new.qq.com/rain/a/20261122A01ABC00';
const dy163 = 'http://www.163.com/dy/article/JH12ABCD0512D3VJ.html';
const units = (url: string) => news.findUnits(loadFixture(url), fixtureNow);

describe('portal article pages', () => {
  test.each([
    [toutiao, `news:${toutiao}`, '消费维权观察', '喝了青禾酸奶后全家腹泻，客服只肯退一箱？', '可主张退一赔十。', ['原创', '青禾乳业\n消费维权', '相关推荐', '评论', '登录']],
    [baijiahao, 'news:http://baijiahao.baidu.com/s?id=1817234567890123456', '乳业财经眼', '青禾乳业多地经销商反映退货难，公司称正在排查', '将在一周内给出处理方案。', ['优质财经领域创作者', '举报/反馈', '相关推荐', '百度热搜']],
    [qq, `news:${qq}`, '青禾观察', '青禾乳业回应“酸奶胀包”：涉事批次已下架', '三个工作日内处理完毕。', ['发布于北京', '本文为腾讯新闻创作者作品', '为你推荐', '背锅']],
    [dy163, `news:${dy163}`, '青禾观察', '青禾乳业被指虚标蛋白含量，抽检报告怎么说？', '消费者可以要求赔偿。', ['举报', '特别声明', '跟贴', '相关推荐']],
  ])('%s: the article is its headline and body, with source, time and permalink', (url, key, author, headline, end, absent) => {
    const [article] = units(url);
    expect(article).toMatchObject({ kind: 'article', key, author: { name: author }, publishedAt: expect.stringMatching(/^2026-11-22T09:35:(00|21)\.000Z$/), permalink: url });
    expect(article?.text.startsWith(`${headline}\n`)).toBe(true);
    expect(article?.text.endsWith(end)).toBe(true);
    expect(absent.filter((chrome) => article?.text.includes(chrome))).toEqual([]);
  });

  // [kind, author, published (UTC), likes, words, index of the parent unit (0 = the article)]
  test.each([
    [toutiao, [
      ['comment', '杭州宝妈小鱼', '2026-11-22T06:40:00.000Z', 12000, '我家也是青禾的酸奶，上周刚喝出问题，客服一直踢皮球', 0],
      ['comment', '消费维权观察', '2026-11-22T08:40:00.000Z', 856, '已把大家反映的情况整理给记者，某禾乳业如有回应会第一时间更新', 0],
      ['comment', '老张说乳业', '2026-11-22T09:15:00.000Z', 32, '清禾这几年扩张太快，冷链跟不上是迟早的事', 0],
      ['comment', '田间青禾苗', '2026-11-21T13:06:00.000Z', 0, '我们村的青禾苗今年长得好，跟这个没关系吧', 0],
    ]],
    [baijiahao, []],
    [qq, [
      ['comment', '深圳冷链老李', '2026-11-22T07:40:00.000Z', 12000, '第三方仓库背锅？青禾自己不验收的吗', 0],
      ['reply', '青禾观察', '2026-11-22T08:40:00.000Z', 268, '声明里写了，验收环节也在排查范围内', 1],
      ['comment', '吃瓜的小王', '2026-11-22T08:53:00.000Z', 530, '下架就完了？喝坏肚子的怎么算，清禾必须给个说法', 0],
      ['comment', '周末去钓鱼', '2026-11-21T12:14:00.000Z', 0, '又是冷链，这个冬天好多这种新闻了', 0],
    ]],
    [dy163, [
      ['comment', '网易湖南长沙网友', '2026-11-22T09:38:02.000Z', 12000, '青禾的牛奶我喝了好多年，要是真虚标就太寒心了', 0],
      ['comment', '理性吃瓜人', '2026-11-22T09:37:00.000Z', 86, '抽检合格和第三方检测不合格，总有一个说了不算，某禾乳业应该公开检测方法', 0],
      ['comment', '网易广东广州网友', '2026-11-22T08:02:45.000Z', 3, '我只认识青禾苗，插秧的时候见过', 0],
    ]],
  ] as const)('%s: each reader comment is a unit with its author, time, likes and words', (url, expected) => {
    const all = units(url);
    const read = all.slice(1).map((c) => [c.kind, c.author?.name, c.publishedAt, c.counts?.likes, c.text, all.findIndex((u) => u.key === c.parentKey)]);
    expect(read).toEqual(expected);
  });
});
