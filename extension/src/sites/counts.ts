// Counts as Chinese platforms print them (issues 4, 12): 1.2万, 10万+, 3.4亿, 1,234, 12.3w, and a bare label
// (转发 / 评论 / 赞 / 收藏) or a dash where the number is zero (B站 prints "-" for no danmaku).

const zeroLabels = new Set([
  '转发', '评论', '赞', '点赞', '分享', '收藏', '喜欢', '回复', '抢首评', '抢沙发', '投币', '弹幕', '在看', '添加评论', '-', '—',
  // 知乎's vote button before anyone voted.
  '赞同',
]);
const units: Record<string, number> = { 万: 1e4, w: 1e4, W: 1e4, 亿: 1e8, k: 1e3, K: 1e3, 千: 1e3 };
const SHAPE = /^(\d+(?:\.\d+)?)(万|亿|千|[wWkK])?\+?$/;

/** The number a count label stands for; undefined when the text holds no count at all. */
export function parseCount(raw: string | null | undefined): number | undefined {
  if (raw == null) return undefined;
  const text = raw.replace(/\s+/g, '').replace(/,/g, '');
  if (text === '') return undefined;
  if (zeroLabels.has(text)) return 0;
  const m = /(\d+(?:\.\d+)?)(万|亿|千|[wWkK])?\+?/.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const n = Number(m[1]) * (m[2] ? (units[m[2]] ?? 1) : 1);
  return Math.round(n);
}

/**
 * Strict shape test for the structural fallback (issue 12): the whole text is a count (1.2万, 10万+, 1.2w, 3456),
 * a zero label or a dash. Prose that merely contains a number is not.
 */
export function countShape(raw: string | null | undefined): number | undefined {
  const text = (raw ?? '').replace(/\s+/g, '').replace(/,/g, '');
  if (text === '') return undefined;
  if (zeroLabels.has(text)) return 0;
  return SHAPE.test(text) ? parseCount(text) : undefined;
}
