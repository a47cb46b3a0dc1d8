import type { Analysis, Level } from '../engine/types.ts';
import type { ApprovedReply } from '../schemas/reply.ts';
import { categoryLabels, levelLabels, platformLabels } from '../i18n/vocabulary.ts';
import { platformOf } from './platform.ts';

/** What ranking needs from a flagged unit: the engine's hits plus the unit's platform and text. */
export interface RankUnit {
  platform?: string | undefined;
  text?: string | undefined;
  analysis: Pick<Analysis, 'mentions' | 'risks' | 'level'> & Partial<Pick<Analysis, 'sentiment'>>;
}

export interface Suggestion {
  reply: ApprovedReply;
  score: number;
  /** Chinese-first reasons, most telling first: 匹配风险类别「安全」, 关键词「过敏」, 平台 微博 … */
  why: string[];
}

export interface RankOptions {
  now: Date;
  limit?: number;
}

/** Points per kind of match: a risk category says most about what the post is about, the platform least. */
export const rankWeights = { category: 40, keyword: 25, maxKeywords: 3, level: 10, platform: 5 } as const;

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** The reply's trigger keywords found in `haystack` (folded), each once, in the reply's order. */
const keywordsIn = (reply: ApprovedReply, haystack: string) =>
  [...new Set(reply.triggers.keywords.map((k) => k.trim()))].filter((k) => k && haystack.includes(fold(k)));
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Best score first; ties on title, then id (code-point order), so the extension and the API agree everywhere. */
const byScore = (a: { score: number; reply: ApprovedReply }, b: { score: number; reply: ApprovedReply }) =>
  b.score - a.score || cmp(a.reply.title, b.reply.title) || cmp(a.reply.id, b.reply.id);

/** Whether a reply admits liability (promises compensation, accepts fault); older reply sets do not say. */
const admitsLiability = (reply: ApprovedReply): boolean => (reply as { admitsLiability?: boolean }).admitsLiability === true;

/**
 * Deterministic top-N of the approved replies for one unit (issues 5 and 13): a suggestion must fit, or there is
 * none. A reply is eligible when it is for a brand the unit mentions, has not expired, is meant for the unit's
 * platform and level (an empty trigger list means "any"), and
 * - if it names risk categories, shares one with the unit, so a 安全 statement is never offered for a service complaint;
 * - if it admits liability, also matches one of its keywords (a promise to pay needs the exact case);
 * - if it thanks, the unit is neither negative nor 中度 or worse (never a thank-you for a complaint);
 * - if it has no triggers at all (a generic reply), the unit is 无风险 or 轻度: a 中度+ unit gets a reply written
 *   for its risk, or none, and the panel offers 上报 instead.
 * Ties break on title, then id (code-point order), so the extension and the API agree everywhere.
 */
export function rankReplies(unit: RankUnit, replies: readonly ApprovedReply[], opts: RankOptions): Suggestion[] {
  const brands = new Set(unit.analysis.mentions.map((m) => fold(m.brand.trim())));
  const categories = new Set(unit.analysis.risks.map((r) => String(r.category)));
  const platform = platformOf(unit.platform);
  const level: Level = unit.analysis.level;
  const serious = level === 'moderate' || level === 'severe';
  const negative = unit.analysis.sentiment?.label === 'negative';
  const haystack = fold([unit.text ?? '', ...unit.analysis.risks.map((r) => r.term)].join('\n'));
  const nowIso = opts.now.toISOString();
  const out: Suggestion[] = [];

  for (const reply of replies) {
    if (!brands.has(fold(reply.brand.trim()))) continue;
    if (reply.expiresAt && reply.expiresAt <= nowIso) continue;
    const t = reply.triggers;
    if (t.platforms.length > 0 && (!platform || !t.platforms.includes(platform))) continue;
    // A reply for level none (thanks for praise, issue 13) lists `none` among its levels like any other.
    if (t.levels.length > 0 && !t.levels.includes(level)) continue;
    const matchedCategories = t.categories.filter((c) => categories.has(c));
    const matchedKeywords = keywordsIn(reply, haystack);
    if (t.categories.length > 0 && matchedCategories.length === 0) continue;
    if (admitsLiability(reply) && (matchedCategories.length === 0 || matchedKeywords.length === 0)) continue;
    if (reply.tone === 'thanks' && (negative || serious)) continue;
    const generic = t.categories.length === 0 && t.keywords.length === 0 && t.levels.length === 0 && t.platforms.length === 0;
    if (generic && serious) continue;

    const why: string[] = [];
    let score = 0;
    for (const c of matchedCategories) {
      score += rankWeights.category;
      why.push(`匹配风险类别「${categoryLabels[c].zh}」`);
    }
    for (const k of matchedKeywords.slice(0, rankWeights.maxKeywords)) {
      score += rankWeights.keyword;
      why.push(`关键词「${k}」`);
    }
    if (t.levels.length > 0) {
      score += rankWeights.level;
      why.push(`等级 ${levelLabels[level].zh}`);
    }
    if (t.platforms.length > 0 && platform) {
      score += rankWeights.platform;
      why.push(`平台 ${platformLabels[platform].zh}`);
    }
    why.push(score === 0 ? `品牌「${reply.brand}」通用口径` : `品牌「${reply.brand}」`);
    out.push({ reply, score, why });
  }

  return out.sort(byScore).slice(0, opts.limit ?? 3);
}

/** What an incident says about itself for choosing a 临时声明: its brand, level, the risk categories and the words of its posts. */
export interface HoldingContext {
  brand: string;
  level: Level;
  categories: readonly string[];
  texts: readonly string[];
  now: Date;
}

export interface HoldingChoice {
  reply: ApprovedReply;
  score: number;
  /** The risk categories and keywords it matched, for the picker to say why it comes first. */
  categories: string[];
  keywords: string[];
}

/**
 * The brand's approved replies a PR lead may link as an incident's 临时声明, best fit first (the 事件 page). Never a
 * thank-you, never an expired one. Unlike `rankReplies` nothing that fits loosely is dropped: a holding statement is
 * chosen by a person from the whole list, so the ranking only brings the replies written for this risk (its
 * categories, then its keywords in the incident's posts, then its level) to the top, and those written for another
 * risk below the general ones. Ties break on title, then id (code-point order).
 */
export function rankHolding(ctx: HoldingContext, replies: readonly ApprovedReply[]): HoldingChoice[] {
  const brand = fold(ctx.brand.trim());
  const categories = new Set(ctx.categories);
  const haystack = fold(ctx.texts.join('\n'));
  const nowIso = ctx.now.toISOString();
  const out: HoldingChoice[] = [];
  for (const reply of replies) {
    if (fold(reply.brand.trim()) !== brand || reply.tone === 'thanks') continue;
    if (reply.expiresAt && reply.expiresAt <= nowIso) continue;
    const t = reply.triggers;
    const matched = t.categories.filter((c) => categories.has(c));
    const keywords = keywordsIn(reply, haystack).slice(0, rankWeights.maxKeywords);
    const levelFits = t.levels.includes(ctx.level);
    // Written for another risk (a 服务 reply in a 安全 incident): below the brand's general replies.
    const offTopic = t.categories.length > 0 && categories.size > 0 && matched.length === 0;
    const score = matched.length * rankWeights.category + keywords.length * rankWeights.keyword + (levelFits ? rankWeights.level : 0) - (offTopic ? rankWeights.category : 0);
    out.push({ reply, score, categories: matched, keywords });
  }
  return out.sort(byScore);
}
