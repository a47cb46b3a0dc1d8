import type { CompiledPack } from './rules.ts';
import type { AnalyzeInput, Counts, Level, Mention, RiskHit, Sentiment } from './types.ts';

// Crisis level (issue 3): brand is the target (a mention, with risk terms near it) × what kind of risk × how
// negative × how far it reaches. No mention → none. Reasons are what a PR lead would check first, Chinese first.

export const categoryLabel: Record<string, string> = {
  safety: '安全', legal: '法律', fraud: '欺诈', quality: '质量', service: '服务', executive: '高管', regulator: '监管',
};

/** 3.2万, 1.5亿, 850: how Weibo and Douyin print counts. */
export function formatCount(n: number): string {
  const fmt = (x: number) => (Math.round(x * 10) / 10).toString();
  if (n >= 1e8) return `${fmt(n / 1e8)}亿`;
  if (n >= 1e4) return `${fmt(n / 1e4)}万`;
  return String(Math.round(n));
}

const graveCategories = new Set(['safety', 'executive', 'regulator']);

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

const reachWeights: [keyof Counts, string, number][] = [
  ['reposts', '转发', 1], ['comments', '评论', 0.5], ['likes', '点赞', 0.1], ['views', '播放', 0.002],
  // Douyin and B站 count shares apart from reposts; a share carries a post as far (issue 12).
  ['shares', '分享', 1], ['collects', '收藏', 0.1],
];

export function assessRisk(
  compiled: CompiledPack,
  input: AnalyzeInput,
  mentions: Mention[],
  risks: RiskHit[],
  sentiment: Sentiment,
): { level: Level; reasons: string[]; score: number } {
  if (mentions.length === 0) return { level: 'none', reasons: [], score: 0 };
  const reasons: string[] = [];
  // Terms: the strongest counts in full, the others add a quarter each; one far from every mention counts less.
  const weighted = risks.map((r) => {
    const far = Math.min(...mentions.map((m) => gap(m, r))) > compiled.near.chars;
    return { r, far, w: r.weight * (far ? compiled.near.farFactor : 1) };
  });
  weighted.sort((a, b) => b.w - a.w);
  const seen = new Set<string>();
  let terms = 0;
  for (const { r, far, w } of weighted) {
    if (seen.has(r.term)) continue;
    terms += seen.size === 0 ? w : w / 4;
    seen.add(r.term);
    reasons.push(`${categoryLabel[r.category] ?? r.category}风险词「${r.term}」${far ? '（距品牌较远）' : ''}`);
  }
  const mood = sentiment.label === 'negative' ? 1 : sentiment.label === 'neutral' ? 0.4 : 0.2;
  // Any negative post about the brand is at least 轻度 (a complaint); more confident, a little more.
  let score = terms * mood + (sentiment.label === 'negative' ? 1 + (sentiment.score - 0.5) * 2 : 0);
  if (sentiment.label === 'negative') reasons.push(`负面情绪 ${sentiment.score.toFixed(2)}`);
  // Reach multiplies: a complaint seen by 30 000 people is a different problem from one seen by 30.
  let reach = 0;
  for (const [key, label, weight] of reachWeights) {
    const n = input.counts?.[key];
    if (n && n > 0) {
      reach += n * weight;
      if (score > 0) reasons.push(`${label} ${formatCount(n)}`);
    }
  }
  let factor = 1 + Math.log10(1 + reach) / 2;
  const host = (input.platform ?? '').toLowerCase();
  // A pack's news host covers its subdomains (finance.sina.com.cn under sina.com.cn, issue 12).
  const onNewsHost = host !== '' && [...compiled.newsHosts].some((h) => host === h || host.endsWith(`.${h}`));
  if (input.author?.media || onNewsHost) {
    factor *= 1.5;
    if (score > 0) reasons.push(input.author?.media ? '媒体作者' : `新闻站点 ${host}`);
  } else if (input.author?.verified) {
    factor *= 1.3;
    if (score > 0) reasons.push('认证作者');
  }
  score *= factor;
  // The response plan's 重度 without waiting for spread: a grave safety, executive or regulator term next to the brand.
  const grave = weighted.some(({ r, far }) => !far && r.weight >= 8 && graveCategories.has(r.category));
  if (grave && sentiment.label !== 'positive') score = Math.max(score, compiled.levels.severe);
  const t = compiled.levels;
  const level: Level = score >= t.severe ? 'severe' : score >= t.moderate ? 'moderate' : score >= t.mild ? 'mild' : 'none';
  return { level, reasons, score: Math.round(score * 100) / 100 };
}
