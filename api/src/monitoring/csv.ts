import type { Db } from '../db/client.ts';
import { postColumns, rows, toPost, where, type Scope } from './queries.ts';
import { beijingLabel } from './time.ts';

const levelName: Record<string, string> = { severe: '重度', moderate: '中度', mild: '轻度', none: '无' };
const sentimentName: Record<string, string> = { negative: '负面', neutral: '中性', positive: '正面' };

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // A leading = + - @ would run as a formula in Excel/WPS: prefix a quote (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The mentions behind a report, as CSV with a BOM (Excel and WPS open it as UTF-8), Beijing times. */
export async function mentionsCsv(db: Db, scope: Scope): Promise<string> {
  const w = where(scope);
  const rs = (await rows(db, `SELECT ${postColumns}, category FROM mentions WHERE ${w.sql} ORDER BY first_seen_at`, w.args)).map((r) => ({ ...toPost(r), category: r.category == null ? '' : String(r.category) }));
  const header = ['首次发现（北京时间）', '品牌', '平台', '级别', '情感', '风险类别', '互动量', '每小时转发', '作者', '内容', '链接', '标识'];
  const lines = rs.map((p) => [beijingLabel(new Date(p.firstSeenAt)), p.brand, p.platform, levelName[p.level] ?? p.level, sentimentName[p.sentiment] ?? p.sentiment, p.category, p.reach, p.reachVelocity === null ? '' : Math.round(p.reachVelocity), p.author, p.text, p.permalink, p.key].map(cell).join(','));
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
