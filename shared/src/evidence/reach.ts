import { z } from 'zod';

/**
 * Reach of a captured post at the moment of capture (issue 10): each count as the page displayed it ("1.2万",
 * "10万+", "转发") and as an integer, read from the capture's signed unit.json. The 取证报告 and the 律师函 print
 * them beside the thresholds of ../shared/notes/legal.md A.2.
 */
export const REACH_FIELDS = ['views', 'reposts', 'comments', 'likes'] as const;
export type ReachField = (typeof REACH_FIELDS)[number];

export const REACH_LABEL: Record<ReachField, string> = { views: '浏览/播放', reposts: '转发', comments: '评论', likes: '点赞' };

export const ReachFigure = z.object({
  count: z.number().int().min(0),
  /** As the page displayed it; null for captures made before the label was kept. */
  shown: z.string().nullable(),
  /** The page showed a lower bound ("10万+"): the true count is at least `count`. */
  atLeast: z.boolean(),
});
export type ReachFigure = z.infer<typeof ReachFigure>;
export const Reach = z.object({ views: ReachFigure.optional(), reposts: ReachFigure.optional(), comments: ReachFigure.optional(), likes: ReachFigure.optional() }).meta({ id: 'Reach' });
export type Reach = z.infer<typeof Reach>;

const UnitJson = z.object({
  counts: z.record(z.string(), z.unknown()).optional(),
  countsShown: z.record(z.string(), z.unknown()).optional(),
});

/** The reach recorded in a unit.json value; null when it records no count at all. */
export function reachOf(unitJson: unknown): Reach | null {
  const parsed = UnitJson.safeParse(unitJson);
  if (!parsed.success) return null;
  const reach: Reach = {};
  for (const field of REACH_FIELDS) {
    const count = parsed.data.counts?.[field];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) continue;
    const raw = parsed.data.countsShown?.[field];
    const shown = typeof raw === 'string' && raw.trim() ? raw.trim().slice(0, 40) : null;
    reach[field] = { count, shown, atLeast: shown !== null && /\+|＋|以上/.test(shown) };
  }
  return Object.keys(reach).length ? reach : null;
}

/** "1.2万（12,000）", "10万+（≥ 100,000）", "3456", "—". */
export function formatFigure(f: ReachFigure | undefined): string {
  if (!f) return '未显示';
  const n = `${f.atLeast ? '≥ ' : ''}${f.count.toLocaleString('en-US')}`;
  return f.shown && f.shown !== String(f.count) ? `${f.shown}（${n}）` : n;
}

export interface ThresholdRow {
  basis: string;
  rule: string;
  /** 'met' | 'not_met' | 'unknown' (the page showed no such count) | 'not_count' (the test is not a count). */
  status: 'met' | 'not_met' | 'unknown' | 'not_count';
  note: string;
}

/**
 * The count thresholds a lawyer checks (legal.md A.2): 两高《关于办理利用信息网络实施诽谤等刑事案件适用法律若干问题的
 * 解释》(2013) 第二条第（一）项 for 刑法第二百四十六条 (a natural-person victim): 同一诽谤信息实际被点击、浏览次数达到
 * 五千次以上，或者被转发次数达到五百次以上. A company victim's criminal route is 刑法第二百二十一条, whose 追诉标准 is
 * loss-based (直接经济损失五十万元以上等), so counts there are only context for 其他严重情节.
 */
export function thresholdRows(reach: Reach | null): ThresholdRow[] {
  const views = reach?.views;
  const reposts = reach?.reposts;
  const test = (f: ReachFigure | undefined, min: number): ThresholdRow['status'] => (!f ? 'unknown' : f.count >= min ? 'met' : 'not_met');
  return [
    {
      basis: '刑法第二百四十六条 · 两高解释（2013）第二条第（一）项',
      rule: '同一诽谤信息实际被点击、浏览次数达到 5,000 次以上',
      status: test(views, 5000),
      note: views ? `取证时${formatFigure(views)}` : '页面未显示浏览次数，需另行取证（如平台出具数据）',
    },
    {
      basis: '刑法第二百四十六条 · 两高解释（2013）第二条第（一）项',
      rule: '或者被转发次数达到 500 次以上',
      status: test(reposts, 500),
      note: reposts ? `取证时${formatFigure(reposts)}` : '页面未显示转发次数',
    },
    {
      basis: '刑法第二百二十一条（被害人为单位）',
      rule: '追诉标准以直接经济损失 50 万元以上、停业停产 6 个月以上等为准，不以浏览/转发次数计',
      status: 'not_count',
      note: '传播数据可作为"其他严重情节"的参考',
    },
  ];
}

export const THRESHOLD_STATUS_LABEL: Record<ThresholdRow['status'], string> = { met: '已达到', not_met: '未达到', unknown: '无数据', not_count: '不适用次数标准' };
