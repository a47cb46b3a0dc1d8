import type { OwnAccountHit } from './own-accounts.ts';

// The engine's contract (issue 3): used unchanged by the extension (content script, side panel) and the API.

export type Level = 'none' | 'mild' | 'moderate' | 'severe';
export const levelOrder: Record<Level, number> = { none: 0, mild: 1, moderate: 2, severe: 3 };
/**
 * @deprecated Use `levelLabels` from `shared/i18n/vocabulary` (issue 9 item 4: level none is 无风险 there). Kept only
 * while the extension's badges read `'—'` for none; removed when they switch.
 */
export const levelLabel: Record<Level, { zh: string; en: string }> = {
  none: { zh: '—', en: 'none' },
  mild: { zh: '轻度', en: 'mild' },
  moderate: { zh: '中度', en: 'moderate' },
  severe: { zh: '重度', en: 'severe' },
};

export type RiskCategory = 'safety' | 'legal' | 'fraud' | 'quality' | 'service' | 'executive' | 'regulator';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';
export interface Sentiment {
  label: SentimentLabel;
  /** Confidence of the label, 0..1. */
  score: number;
}

/** Reach of a unit as the page shows it; every field optional. */
export interface Counts {
  reposts?: number;
  comments?: number;
  likes?: number;
  views?: number;
  /** 收藏 (Douyin, 小红书, B站 favourites); read and kept, not weighed as reach. */
  collects?: number;
  /** 分享 where the platform counts shares apart from reposts (Douyin, B站). */
  shares?: number;
}

export interface AnalyzeInput {
  text: string;
  platform?: string;
  counts?: Counts;
  /** `id` is the platform uid where the page shows one: it recognises the brand's own accounts (issue 13). */
  author?: { name?: string; id?: string; verified?: boolean; media?: boolean };
}

export interface Mention {
  brand: string;
  /** The alias or person as written in the rule pack. */
  term: string;
  kind: 'alias' | 'person';
  /** Offsets into the input text, UTF-16 code units, end exclusive. */
  start: number;
  end: number;
}

export interface RiskHit {
  term: string;
  category: RiskCategory | string;
  weight: number;
  start: number;
  end: number;
}

export interface Analysis {
  mentions: Mention[];
  risks: RiskHit[];
  sentiment: Sentiment;
  level: Level;
  /** Why, Chinese first, e.g. 安全风险词「过敏」, 转发 3.2万, 负面情绪 0.91. */
  reasons: string[];
  /** Written by one of the brand's own accounts (issue 13 item 2): then level is none and nothing is scored. */
  own?: OwnAccountHit;
}
