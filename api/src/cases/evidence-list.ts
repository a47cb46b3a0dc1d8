import type { CaseDetail } from '@vigil/shared/schemas/case';
import { reviewDecisionLabels } from '@vigil/shared/i18n/vocabulary';
import { beijingTime, platformLabel } from '../legal/format.ts';

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** What the list says of a capture beyond its summary: its content (内容说明) and its manifest's SM3. */
export interface EvidenceItemDetail {
  content: string | null;
  manifestSm3: string | null;
}

const EXCERPT_MAX = 120;

/** 内容说明 from unit.json: who posted, when, and the start of the text, in the words the page showed. */
export function contentNote(unit: Record<string, unknown> | null): string | null {
  const author = unit?.author && typeof unit.author === 'object' ? (unit.author as Record<string, unknown>).name : null;
  const text = typeof unit?.text === 'string' ? unit.text.trim() : '';
  const at = typeof unit?.publishedAt === 'string' ? beijingTime(unit.publishedAt) : null;
  if (!text && !author) return null;
  const excerpt = text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX)}……` : text;
  return `${typeof author === 'string' && author ? `账号“${author}”` : '该内容'}${at && at !== '—' ? `于 ${at} ` : ''}发布${excerpt ? `：“${excerpt}”` : ''}`;
}

/**
 * 证据清单 (issue 10; columns after notes/legal.md A.4 plus Vigil's 存证编号, SHA-256, 时间): one row per capture in the
 * case, adopted evidence first. CSV with a BOM and CRLF so Excel and WPS open the Chinese correctly. 内容说明 and the
 * SM3 of A.4 came later and follow the first columns, so a sheet that reads them by position still does.
 */
export function evidenceListCsv(d: CaseDetail, receivedTimes: Map<string, string[]>, details: Map<string, EvidenceItemDetail> = new Map()): string {
  const order = { adopted: 0, pending: 1, rejected: 2 } as const;
  const rows = [...d.captures].sort((a, b) => order[a.review.decision] - order[b.review.decision]);
  const header = ['证据序号', '证据名称', '证据来源', '证明目的', '证据形式', '存证编号', '清单 SHA-256', '取证时间（北京时间）', '时间戳', '审查结论', '包内位置', '内容说明', '清单 SM3'];
  const lines = rows.map((m, i) => {
    const c = m.capture;
    const stamps = receivedTimes.get(c.id) ?? [];
    return [
      `证据${i + 1}`,
      `${c.platform ? platformLabel(c.platform) : '网页'}${c.kind === 'unit' ? '帖子' : '页面'}取证：${c.title || c.url}`,
      c.url,
      m.reason ?? '证明涉案内容的发布、内容及传播情况',
      '电子数据（屏幕截图 PNG、网页快照 MHTML、结构化数据 JSON、设备签名、日志证明）',
      c.id,
      c.manifestSha256,
      beijingTime(c.startedAt),
      stamps.length ? stamps.join('；') : '服务器接收 ' + beijingTime(c.receivedAt),
      `${reviewDecisionLabels[m.review.decision].zh}${m.review.reason ? `（${m.review.reason}）` : ''}`,
      `captures/${c.id}/`,
      details.get(c.id)?.content ?? '—',
      details.get(c.id)?.manifestSm3 ?? '—',
    ];
  });
  return `\uFEFF${[header, ...lines].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
