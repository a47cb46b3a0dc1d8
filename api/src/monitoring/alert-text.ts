import type { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import { HOT_BANDS } from '@vigil/shared/schemas/monitoring';
import { categoryLabels, platformLabel } from '@vigil/shared/i18n/vocabulary';
import { heatLabel, heatLabelEn, listName, listNameEn } from './hot-search.ts';
import { plural } from './report-text.ts';
import { beijingLabel } from './time.ts';

// Why an alert fired, in both languages from the same facts (issue 11): `explanation` is the Chinese sentence the
// robots, the 日报 PDF and the archive have always carried; `explanationEn` is stored beside it for the English UI.

export interface Explained {
  explanation: string;
  explanationEn: string;
}

const presetName = { strict: ['严格', 'strict'], balanced: ['平衡', 'balanced'], sensitive: ['灵敏', 'sensitive'] } as const;
const catName = (c: string, lang: 'zh' | 'en') => (Object.hasOwn(categoryLabels, c) ? categoryLabels[c as keyof typeof categoryLabels][lang] : c);

export interface SpikeFacts {
  brand: string;
  category: string | null;
  /** Start of the hour. */
  hour: Date;
  observed: number;
  fourWeeks: boolean;
  median: number;
  mad: number;
  score: number;
  threshold: number;
  floor: number;
  settings: Pick<MonitorSettings, 'preset' | 'minCount' | 'ratio'>;
}

/** The volume and category spike rules. */
export function spikeText(f: SpikeFacts): Explained {
  const { brand, category, settings: s } = f;
  const what = category ? `「${brand}」${catName(category, 'zh')}类风险提及` : `「${brand}」提及`;
  const whatEn = category ? `${catName(category, 'en').replace(/^./, (c) => c.toUpperCase())}-risk mentions of ${brand}` : `Mentions of ${brand}`;
  const at = beijingLabel(f.hour);
  const [zhPreset, enPreset] = presetName[s.preset];
  return {
    explanation: `${what}在 ${at} 这一小时有 ${f.observed} 条；${f.fourWeeks ? '近 4 周同一星期同一小时' : '近 7 天同一小时'}的中位数为 ${f.median}、MAD ${f.mad}，稳健 z 分数 ${f.score} ≥ ${f.threshold}（${zhPreset}），且不少于 max(${s.minCount}, ${s.ratio}×中位数) = ${Math.round(f.floor)} 条。`,
    explanationEn: `${whatEn} reached ${f.observed} in the hour from ${at} Beijing time; the median for ${f.fourWeeks ? 'the same hour of the week over the last 4 weeks' : 'the same hour over the last 7 days'} is ${f.median} (MAD ${f.mad}), robust z-score ${f.score} ≥ ${f.threshold} (${enPreset}), and at least max(${s.minCount}, ${s.ratio} × median) = ${Math.round(f.floor)}.`,
  };
}

/** The negative-share rule over the last 2 hours; shares are percentages. */
export const negativeShareText = (f: { brand: string; share: number; negative: number; total: number; setting: number; before: number }): Explained => ({
  explanation: `「${f.brand}」近 2 小时负面占比 ${f.share}%（${f.negative}/${f.total} 条），高于设定的 ${f.setting}%，此前 24 小时为 ${f.before}%。`,
  explanationEn: `Negative share for ${f.brand} over the last 2 hours is ${f.share}% (${f.negative} of ${plural(f.total, 'mention')}), above the ${f.setting}% set, against ${f.before}% in the 24 hours before.`,
});

/** The reach-velocity rule for a single negative post. */
export const velocityText = (f: { brand: string; platform: string; perHour: number; threshold: number; reach: number }): Explained => ({
  explanation: `「${f.brand}」一条负面${platformLabel(f.platform)}内容正在快速扩散：每小时新增转发约 ${f.perHour} 次（阈值 ${f.threshold}），当前互动 ${f.reach}。`,
  explanationEn: `A negative ${platformLabel(f.platform, 'en')} post about ${f.brand} is spreading fast: about ${f.perHour} new reposts an hour (threshold ${f.threshold}), reach now ${f.reach}.`,
});

const bandName = (band: number) => (band === 0 ? '第 1 位' : band < HOT_BANDS.length ? `前 ${HOT_BANDS[band]}` : '榜上');
const bandNameEn = (band: number) => (band < HOT_BANDS.length ? `the top ${HOT_BANDS[band]}` : 'the list');

export interface HotFacts {
  brand: string;
  platform: string;
  title: string;
  rank: number | null;
  heat: number | null;
  term?: string | undefined;
  seenAt: string;
  /** The band it climbed into since the last alert of this entry; null for a first alert. */
  rose: number | null;
}

/** A 热搜 / 热榜 entry naming the brand: the emergency level. */
export function hotSearchText(s: HotFacts): Explained {
  const rise = s.rose === null ? '' : s.rose === 0 ? '，升至榜首' : `，升入${bandName(s.rose)}`;
  const riseEn = s.rose === null ? '' : s.rose === 0 ? ', now at No. 1' : `, up into ${bandNameEn(s.rose)}`;
  const where = s.rank ? `第 ${s.rank} 位` : '（置顶/未显示名次）';
  const whereEn = s.rank ? `at No. ${s.rank}` : '(pinned, no rank shown)';
  const seen = beijingLabel(new Date(s.seenAt));
  return {
    explanation: `「${s.brand}」登上${listName(s.platform)}${where}${rise}：「${s.title}」，热度 ${heatLabel(s.heat)}${s.term ? `（命中「${s.term}」）` : ''}；团队浏览器于 ${seen}（北京时间）看到。热搜即紧急级别，请立即处置。`,
    explanationEn: `${s.brand} is on ${listNameEn(s.platform)} ${whereEn}${riseEn}: "${s.title}", heat ${heatLabelEn(s.heat)}${s.term ? ` (matched "${s.term}")` : ''}; a team browser saw it at ${seen} Beijing time. A hot-search entry is an emergency: act now.`,
  };
}
