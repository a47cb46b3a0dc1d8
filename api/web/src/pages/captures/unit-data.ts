/**
 * What the extension's site adapter wrote into unit.json (issue 6): platform, author, absolute time, counts, text
 * and the comments visible on the page. Read permissively — it is captured data, shown as text, never as markup.
 */
export interface UnitData {
  platform?: string;
  kind?: string;
  author?: { name: string; verified?: boolean; url?: string };
  publishedAt?: string;
  counts: { reposts?: number; comments?: number; likes?: number; views?: number };
  text?: string;
  truncated?: boolean;
  comments: { author?: string; text: string }[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function authorOf(v: unknown): UnitData['author'] {
  if (typeof v === 'string') return v.trim() ? { name: v } : undefined;
  const a = obj(v);
  const name = str(a.name);
  if (!name) return undefined;
  return { name, ...(a.verified === true ? { verified: true } : {}), ...(str(a.url) ? { url: str(a.url)! } : {}) };
}

export function parseUnitData(json: string): UnitData | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const u = obj(raw);
  const counts = obj(u.counts);
  const comments = Array.isArray(u.comments) ? u.comments : [];
  return {
    platform: str(u.platform),
    kind: str(u.kind),
    author: authorOf(u.author),
    publishedAt: str(u.publishedAt),
    counts: { reposts: num(counts.reposts), comments: num(counts.comments), likes: num(counts.likes), views: num(counts.views) },
    text: str(u.text),
    truncated: u.truncated === true,
    comments: comments
      .map((c) => {
        const o = obj(c);
        const text = typeof c === 'string' ? c : str(o.text);
        return text ? { author: authorOf(o.author)?.name, text } : null;
      })
      .filter((c): c is { author: string | undefined; text: string } => c !== null)
      .map((c) => (c.author ? { author: c.author, text: c.text } : { text: c.text })),
  };
}
