import { describe, expect, test } from 'vitest';
import { analyze, loadEnglish } from './index.ts';
import { compilePack } from './rules.ts';
import { demoPack } from './demo-pack.ts';
import { levelOrder, type AnalyzeInput } from './types.ts';

const pack = compilePack(demoPack);
const run = (text: string, extra: Partial<AnalyzeInput> = {}) => analyze(pack, { text, ...extra });
const terms = (text: string) => run(text).mentions.map((m) => text.slice(m.start, m.end));

describe('brand mentions', () => {
  test.each([
    ['plain alias', '青禾牛奶喝完肚子疼', ['青禾牛奶']],
    ['homonym vetoed by an exclude', '今天去田里看了青禾苗，长势喜人', []],
    ['exclude only vetoes the overlapping hit', '青禾苗长得好，青禾酸奶也好喝', ['青禾酸奶']],
    ['full-width Latin', 'ＱＩＮＧＨＥ的奶粉结块了', ['ＱＩＮＧＨＥ']],
    ['Latin alias in any case', 'qinghe milk again', ['qinghe']],
    ['Latin alias only on word boundaries', 'qinghemilk and aqinghe are not it', []],
    ['zero-width character inside the name', '青\u200b禾的奶粉有异物', ['青\u200b禾']],
    ['traditional characters', '青禾乳業的牛奶讓我過敏', ['青禾乳業']],
    ['谐音 evasive form', '清禾家的酸奶又胀包了', ['清禾']],
    ['某X evasive form', '某禾乳业的高管被带走调查了', ['某禾乳业']],
    ['person of the brand', '周明远今天回应了质疑', ['周明远']],
    ['English possessive', "Qinghe Dairy's milk made my kid sick", ['Qinghe Dairy']],
    ['emoji alt text next to the name', '[怒]青禾[怒]', ['青禾']],
  ])('%s', (_name, text, expected) => {
    expect(terms(text)).toEqual(expected);
  });

  test('mentions carry the rule-pack term, the brand and input offsets', () => {
    const a = run('转发：ＱＩＮＧＨＥ牛奶還讓我過敏了');
    expect(a.mentions).toEqual([{ brand: '青禾乳业', term: 'QINGHE', kind: 'alias', start: 3, end: 9 }]);
    expect(a.risks).toEqual([{ term: '过敏', category: 'safety', weight: 6, start: 14, end: 16 }]);
  });

  test('a person mention is reported as such', () => {
    expect(run('陈书瑶发文致歉').mentions[0]).toMatchObject({ brand: '青禾乳业', term: '陈书瑶', kind: 'person' });
  });
});

describe('English risk terms with their endings', () => {
  const risks = (text: string) => run(text).risks.map((r) => r.term);
  test.each([
    ['plural', 'Qinghe Dairy under fire from regulators', ['regulator']],
    ['past tense', 'Qinghe Dairy recalled 3 batches', ['recall']],
    ['-ing', 'Qinghe Dairy is recalling yogurt', ['recall']],
    ['-d after a final e', 'Qinghe Dairy was sued by parents', ['sue']],
    ['doubled consonant', 'I got scammed by a fake Qinghe shop', ['scam', 'fake']],
    ['not another word that starts with the term', 'Qinghe Dairy issued a statement; the scampi was fine', []],
    ['not with digits glued on', 'Qinghe Dairy sue2 forum', []],
    ['Chinese terms keep matching inside text', '青禾乳业被起诉了', ['起诉']],
  ])('%s', (_name, text, expected) => {
    expect(risks(text)).toEqual(expected);
  });
});

describe('sentiment', () => {
  test.each([
    ['negative complaint', '青禾的配送太慢了，等了两个小时，客服也不理人', 'negative'],
    ['emoticons count', '又买到胀包的了[怒][怒][摊手]', 'negative'],
    ['sarcasm in a complaint', '呵呵，青禾真是绝了，第三次送错', 'negative'],
    ['English negation', "Qinghe's milk is not good, it tasted sour", 'negative'],
    ['English praise', 'Qinghe Dairy yogurt is really great, I love it', 'positive'],
  ])('%s', (_name, text, label) => {
    expect(run(text).sentiment.label).toBe(label);
  });

  test('works with no rule pack at all', () => {
    const a = analyze(null, { text: '太恶心了，再也不买了[怒]' });
    expect(a.sentiment.label).toBe('negative');
    expect(a.level).toBe('none');
  });
});

describe('risk level', () => {
  const severeCase = run('青禾牛奶喝了孩子过敏住院，已经找律师准备起诉，大家避雷！[怒]', {
    counts: { reposts: 32000, comments: 5400 },
  });
  const delivery = run('青禾的配送太慢了，等了两个小时，投诉了');
  const praise = run('青禾牛奶真好喝，推荐给大家[赞]', { counts: { likes: 20000 } });

  test('a safety + legal complaint with 3万 reposts ranks above a delivery complaint, which ranks above praise', () => {
    expect(severeCase.level).toBe('severe');
    expect(levelOrder[severeCase.level]).toBeGreaterThan(levelOrder[delivery.level]);
    expect(levelOrder[delivery.level]).toBeGreaterThan(levelOrder[praise.level]);
    expect(praise.level).toBe('none');
  });

  test('reasons come Chinese first, with categories, reach and sentiment', () => {
    expect(severeCase.reasons).toEqual(
      expect.arrayContaining(['安全风险词「过敏」', '法律风险词「起诉」', '转发 3.2万', '评论 5400']),
    );
    expect(severeCase.reasons.some((r) => /^负面情绪 0\.\d\d$/.test(r))).toBe(true);
  });

  test.each([
    ['no mention, however negative', '今天的牛奶过敏了，要起诉，太恶心了', 'none'],
    ['homonym with risk words', '青禾苗被虫咬了，全部中毒死了', 'none'],
    ['grave executive news', '某禾乳业的董事长被带走调查了', 'severe'],
    ['a single mild complaint', '青禾的客服态度有点差', 'mild'],
  ])('%s → %s', (_name, text, level) => {
    expect(run(text).level).toBe(level);
  });

  test('a news host counts as media reach and says so', () => {
    const a = run('青禾乳业旗下奶粉被曝异物，家长投诉', { platform: 'news.sina.com.cn', counts: { comments: 800 } });
    expect(a.reasons).toContain('新闻站点 news.sina.com.cn');
    expect(levelOrder[a.level]).toBeGreaterThanOrEqual(levelOrder.moderate);
  });

  test('a risk word far from the brand counts less and is marked as far', () => {
    const filler = '今天天气不错，出门散步，看到很多人在公园里跳舞唱歌，晚上回家做了饭，'.repeat(3);
    const a = run(`青禾酸奶还行。${filler}隔壁小区有人食物中毒了`);
    expect(a.reasons).toContain('安全风险词「中毒」（距品牌较远）');
    expect(a.level).not.toBe('severe');
  });

  test('a media author and reach raise the level of the same text', () => {
    const text = '青禾奶粉结块发酸，家长投诉'; // no grave term: the level comes from the score
    const quiet = run(text);
    const loud = run(text, { counts: { reposts: 12000 }, author: { media: true } });
    expect(levelOrder[loud.level]).toBeGreaterThan(levelOrder[quiet.level]);
    expect(loud.reasons).toContain('媒体作者');
  });
});

describe('English with compromise loaded', () => {
  test('contractions and possessives still read right', async () => {
    await loadEnglish();
    expect(run("Qinghe Dairy's milk isn't good, my son got sick").sentiment.label).toBe('negative');
    expect(run("Qinghe Dairy's yogurt is not bad, I love it").sentiment.label).toBe('positive');
  });
});
