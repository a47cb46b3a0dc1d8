import type { z } from 'zod';
import { MentionReport } from '@vigil/shared/schemas/mention';
import { parseCsv } from '../replies/csv.ts';

type Report = z.output<typeof MentionReport>;

/** CSV columns of `vigil mentions import` (the same fields as a JSON Lines MentionReport, lists split on `|`). */
export const csvColumns = [
  'key', 'platform', 'kind', 'url', 'text', 'author', 'permalink', 'publishedAt', 'reposts', 'comments', 'likes', 'views',
  'brand', 'level', 'sentiment', 'sentimentScore', 'reasons', 'terms', 'seenAt',
] as const;

function csvRecord(cells: Record<string, string>): unknown {
  const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));
  const list = (v: string | undefined) => (v ? v.split('|').map((s) => s.trim()).filter(Boolean) : []);
  const opt = (v: string | undefined) => (v === undefined || v === '' ? undefined : v);
  const counts = { reposts: num(cells.reposts), comments: num(cells.comments), likes: num(cells.likes), views: num(cells.views) };
  return {
    key: cells.key, platform: cells.platform, kind: cells.kind || 'post', url: cells.url ?? '', text: cells.text ?? '',
    author: opt(cells.author), permalink: opt(cells.permalink), publishedAt: opt(cells.publishedAt),
    counts: Object.values(counts).some((v) => v !== undefined) ? counts : undefined, brand: cells.brand,
    level: cells.level, sentiment: { label: cells.sentiment, score: num(cells.sentimentScore) ?? 0.5 },
    reasons: list(cells.reasons), terms: list(cells.terms), seenAt: cells.seenAt,
  };
}

/**
 * Parses a whole import file — JSON Lines of MentionReport, or CSV with a header row of `csvColumns` — and
 * validates every record before anything is written: one bad line refuses the file, naming up to ten lines.
 */
export function parseMentionFile(text: string, format: 'jsonl' | 'csv'): { reports: Report[]; errors: string[] } {
  const raws: { line: number; value: unknown }[] = [];
  const errors: string[] = [];
  if (format === 'csv') {
    const [header, ...rows] = parseCsv(text);
    const names = header?.cells.map((c) => c.trim()) ?? [];
    const missing = ['key', 'platform', 'brand', 'level', 'sentiment', 'seenAt'].filter((c) => !names.includes(c));
    if (missing.length) return { reports: [], errors: [`CSV 缺少列 / missing columns: ${missing.join(', ')}`] };
    for (const r of rows) raws.push({ line: r.line, value: csvRecord(Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? '']))) });
  } else {
    text.split(/\r?\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        raws.push({ line: i + 1, value: JSON.parse(l) });
      } catch {
        errors.push(`第 ${i + 1} 行 / line ${i + 1}: 不是 JSON / not JSON`);
      }
    });
  }
  const reports: Report[] = [];
  for (const { line, value } of raws) {
    const parsed = MentionReport.safeParse(value);
    if (parsed.success) reports.push(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      errors.push(`第 ${line} 行 / line ${line}: ${issue?.path.join('.') || 'record'}: ${issue?.message}`);
    }
  }
  return { reports, errors };
}
