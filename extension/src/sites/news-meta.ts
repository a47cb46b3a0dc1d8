import { parseTime } from './time.ts';

// Article metadata for news pages (issue 4), in the order the notes give: JSON-LD (NewsArticle / Article /
// BlogPosting, arrays and @graph) → meta tags → body text (2026年3月5日 14:20, 来源：, 作者：) → <time datetime>.

export interface ArticleMeta {
  headline?: string;
  publishedAt?: string;
  author?: string;
  url?: string;
  /** Which source each field came from, for the adapter's debug map. */
  matched: Record<string, string>;
}

const articleTypes = new Set(['NewsArticle', 'Article', 'BlogPosting', 'ReportageNewsArticle', 'AnalysisNewsArticle']);
type Json = Record<string, unknown>;

function flatten(node: unknown, out: Json[]): void {
  if (Array.isArray(node)) for (const n of node) flatten(n, out);
  else if (node && typeof node === 'object') {
    out.push(node as Json);
    if ('@graph' in node) flatten((node as Json)['@graph'], out);
  }
}

function isArticle(o: Json): boolean {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === 'string' && articleTypes.has(x));
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join('、') || undefined;
  if (v && typeof v === 'object' && typeof (v as Json).name === 'string') return ((v as Json).name as string).trim();
  return undefined;
}

function fromJsonLd(doc: Document): Json | undefined {
  const all: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      flatten(JSON.parse(s.textContent ?? ''), all);
    } catch {
      // A broken block on the page is the page's problem; the other sources still apply.
    }
  }
  return all.find(isArticle);
}

function meta(doc: Document, names: string[]): { value: string; name: string } | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return { value, name: n };
  }
  return undefined;
}

const DATE_TEXT = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2}:\d{2})?|(\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/;

export function articleMeta(doc: Document, textScope: Element | null, now: Date): ArticleMeta {
  const m: ArticleMeta = { matched: {} };
  const ld = fromJsonLd(doc);
  if (ld) {
    m.headline = nameOf(ld.headline);
    m.publishedAt = parseTime(String(ld.datePublished ?? ''), now);
    m.author = nameOf(ld.author) ?? nameOf(ld.publisher);
    m.url = typeof ld.url === 'string' ? ld.url : undefined;
    for (const k of ['headline', 'publishedAt', 'author'] as const) if (m[k]) m.matched[k] = 'JSON-LD';
  }
  const set = (k: 'headline' | 'publishedAt' | 'author' | 'url', v: string | undefined, how: string) => {
    if (!m[k] && v) { m[k] = v; m.matched[k] = how; }
  };
  const time = meta(doc, ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'weibo: article:create_at', 'og:release_date']);
  set('publishedAt', parseTime(time?.value, now), `meta ${time?.name}`);
  const title = meta(doc, ['og:title', 'twitter:title']);
  set('headline', title?.value, `meta ${title?.name}`);
  const author = meta(doc, ['article:author', 'author', 'og:article:author']);
  set('author', author?.value, `meta ${author?.name}`);
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url'])?.value;
  set('url', url ?? undefined, 'canonical / og:url');

  // Text heuristics on the byline area: the first date and the 作者/来源 lines near the top of the article.
  const text = (textScope?.textContent ?? '').slice(0, 4000);
  const d = DATE_TEXT.exec(text);
  if (d) set('publishedAt', parseTime(d[0], now), 'text date');
  const by = /作者[:：]\s*([^\s|｜]{2,20})/.exec(text) ?? /来源[:：]\s*([^\s|｜]{2,20})/.exec(text);
  if (by) set('author', by[1], `text ${by[0].slice(0, 2)}`);
  const timeEl = doc.querySelector('time[datetime]');
  set('publishedAt', parseTime(timeEl?.getAttribute('datetime'), now), '<time datetime>');
  set('headline', doc.querySelector('h1')?.textContent?.trim(), '<h1>');
  return m;
}
