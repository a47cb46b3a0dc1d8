import { categoryLabels, levelLabels, platformLabels, type Bilingual, type Lang } from '@vigil/shared/i18n/vocabulary';

// The engine and the reply ranking write their reasons in Chinese (the DESIGN tab-state contract keeps them as
// strings); the side panel shows them in the reader's language (issue 13). Each pattern is one kind of reason the
// engine (shared/src/engine/risk.ts) or the ranking (shared/src/replies/rank.ts) writes; an unknown one stays as is.

const en = (table: Readonly<Record<string, Bilingual>>) => (zh: string) =>
  Object.values(table).find((w) => w.zh === zh)?.en ?? zh;
const category = en(categoryLabels);
const reach: Record<string, string> = { 转发: 'reposts', 评论: 'comments', 点赞: 'likes', 播放: 'plays' };

const patterns: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(.+?)风险词「(.+)」(（距品牌较远）)?$/, (m) => `${category(m[1]!)} risk word “${m[2]}”${m[3] ? ' (far from the brand)' : ''}`],
  [/^负面情绪 (\S+)$/, (m) => `negative sentiment ${m[1]}`],
  [/^(转发|评论|点赞|播放) (\S+)$/, (m) => `${m[2]} ${reach[m[1]!]}`],
  [/^媒体作者$/, () => 'media author'],
  [/^新闻站点 (\S+)$/, (m) => `news site ${m[1]}`],
  [/^认证作者$/, () => 'verified author'],
  [/^官方账号「(.+)」$/, (m) => `the brand’s official account “${m[1]}”`],
  [/^高管账号「(.+)」$/, (m) => `the brand’s executive account “${m[1]}”`],
  [/^匹配风险类别「(.+)」$/, (m) => `risk category “${category(m[1]!)}”`],
  [/^关键词「(.+)」$/, (m) => `keyword “${m[1]}”`],
  [/^等级 (\S+)$/, (m) => `level ${en(levelLabels)(m[1]!)}`],
  [/^平台 (\S+)$/, (m) => `platform ${en(platformLabels)(m[1]!)}`],
  [/^品牌「(.+)」通用口径$/, (m) => `generic reply of ${m[1]}`],
  [/^品牌「(.+)」$/, (m) => `brand ${m[1]}`],
];

/** One reason in `lang`. */
export function reasonIn(reason: string, lang: Lang): string {
  if (lang === 'zh') return reason;
  for (const [re, make] of patterns) {
    const m = re.exec(reason);
    if (m) return make(m);
  }
  return reason;
}
