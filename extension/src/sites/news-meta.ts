import { isProfileLink, precedes } from './shapes.ts';
import { parseTime } from './time.ts';

// Article metadata for news pages (issue 4), in the order the notes give: JSON-LD (NewsArticle / Article /
// BlogPosting, arrays and @graph; Baidu's cambrian block many Chinese sites print instead) → meta tags → byline
// text (2026年3月5日 14:20, 作者：, 记者 …) and the byline's author name → the reporters of the body's dateline
// (新华社北京12月6日电（记者王立）) → 来源： → <time datetime>.

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
  // Baidu's cambrian JSON-LD (熊掌号, still on 36kr and many portals): no @type, the time in `pubDate`.
  return all.find(isArticle) ?? all.find((o) => /cambrian/.test(String(o['@context'])) && typeof o.pubDate === 'string');
}

function meta(doc: Document, names: string[]): { value: string; name: string } | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return { value, name: n };
  }
  return undefined;
}

/** Where the byline is: the block the selectors found (else the page), and the headline and body around it. */
export interface BylineArea {
  scope: Element | null;
  headline?: Element;
  body?: Element;
}

/** Printed dates: 2026年3月5日 14:20, 2026-03-05 14:20:03, news.cn's 2026 11/22 14:05:03, 发布时间：11-22 14:05. */
const DATE_TEXT =
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|(\d{4})\s+(\d{1,2})\s*\/\s*(\d{1,2})\s+(\d{1,2}:\d{2}(?::\d{2})?)|(?:发布|发表)?时间\s*[:：]\s*(\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})/g;

const RELATIVE = /刚刚|\d+\s*(?:秒|分钟|小时|天)前|(?:今天|昨天|前天)\s*\d{1,2}:\d{2}/;

/** The article's date in a byline text: the first one with a time of day, else the first (a date alone). */
function dateIn(text: string, now: Date): { iso: string; timed: boolean } | undefined {
  let dayOnly: string | undefined;
  for (const d of text.matchAll(DATE_TEXT)) {
    const printed = d[1] ? `${d[1]}-${d[2]}-${d[3]} ${d[4]}` : (d[5] ?? d[0]);
    const iso = parseTime(printed, now);
    if (iso && /\d:\d{2}/.test(printed)) return { iso, timed: true };
    dayOnly ??= iso;
  }
  return dayOnly ? { iso: dayOnly, timed: false } : undefined;
}

const SKIP_TEXT = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/**
 * Text of the text nodes after `from` (from the start of `root` without it) until `stop` says so, a space between nodes: 百家号
 * prints 11-22 and 14:05 in adjacent spans, news.cn the year, day and time in three. At most 4 000 characters.
 */
function textFrom(root: Node, from: Node | null, stop: (t: Node) => boolean = () => false): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  if (from) walker.currentNode = from;
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < 4000 && !stop(n); n = walker.nextNode()) {
    if (SKIP_TEXT.test(n.parentElement?.tagName ?? '')) continue;
    parts.push(n.nodeValue ?? '');
    length += (n.nodeValue ?? '').length;
  }
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, 4000);
}

/** The text of a block. */
const spacedText = (root: Element | null) => (root ? textFrom(root, null) : '');

/**
 * The text between headline and body, where portals print the byline (and not the top bar's 今天是 2026年11月22日):
 * walked from the headline's end to the body's start, never the rest of the page.
 */
function betweenText(doc: Document, area: BylineArea): string {
  const { headline, body } = area;
  if (!headline || !body || !doc.body || !precedes(headline, body)) return '';
  // The last node inside the headline: the walk goes on from there.
  let last: Node = headline;
  while (last.lastChild) last = last.lastChild;
  return textFrom(doc.body, last, (n) => body.contains(n) || precedes(body, n));
}

/** Between headline and body: where portals print the byline (and not the top bar's 今天是 2026年11月22日). */
const bylineNode = (area: BylineArea) => (n: Node) =>
  !!area.headline && !!area.body && precedes(area.headline, n) && precedes(n, area.body) && !area.body.contains(n);

/** The body's first line (its first block's words): where a byline alone or a dateline opens the article. */
function openingLine(body: Element | undefined, headline: Element | undefined): string {
  if (!body) return '';
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim() || SKIP_TEXT.test(n.parentElement?.tagName ?? '')) continue;
    if (headline?.contains(n)) continue;
    const block = n.parentElement?.closest('p, div, section, li');
    return (block && block !== body && body.contains(block) ? block.textContent ?? '' : n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
  }
  return '';
}

/**
 * The opening line when it is a byline alone: 人民日报 pieces open with 本报记者　李四　通讯员　王五, papers' apps
 * with 文/王立. A short line with no sentence in it.
 */
const openingByline = (line: string) => (line.length <= 40 && !/[。，；！？,;!?]/.test(line) ? line : '');

/**
 * A dateline with its reporters in brackets, opening the body: 新华社北京12月6日电（记者王立、李明）, 中新网上海12月6日电
 * (记者 陈静), 本报讯（记者 张伟 通讯员 刘明）, 央视网消息（记者 王立）. The agency, place and date before 电, 讯 or
 * 消息 are no name; only the bracket right after them is read, and only the writers it names.
 */
const DATELINE = /^[\u4e00-\u9fa5]{1,12}(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:电|讯|消息)\s*[(（]([^()（）]{2,40})[)）]/;

/** The reporters a dateline names (all 记者, joined with 、; a 通讯员 only where no 记者 is named). */
export function datelineReporters(line: string): string | undefined {
  const bracket = DATELINE.exec(line)?.[1];
  return bracket ? reportersIn(bracket) : undefined;
}

/** Author names by markup: schema.org, rel=author, and the author-name classes portals (百家号, 头条) share. */
const AUTHOR = '[itemprop="author"], a[rel="author"], [class*="author-name"], [class*="author_name"], [class*="authorName"]';

function bylineName(doc: Document, area: BylineArea, now: Date): { name: string; how: string } | undefined {
  const inArea = area.headline && area.body ? bylineNode(area) : (el: Node) => !!area.scope?.contains(el);
  const named = (el: Element) => {
    const name = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return name.length > 0 && name.length <= 20 && inArea(el);
  };
  const byClass = Array.from(doc.querySelectorAll(AUTHOR)).find(named);
  if (byClass) return { name: (byClass.textContent ?? '').trim(), how: 'byline author element' };
  const link = Array.from(doc.querySelectorAll('a[href]')).find((a) => named(a) && isProfileLink(a, now));
  return link ? { name: (link.textContent ?? '').trim(), how: 'byline profile link' } : undefined;
}

/** A writer's name after its label: two to four characters, or a name with ·, ending where the name's words do. */
const NAME = /^([\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,6}·[\u4e00-\u9fa5]{1,6})(?=$|[^\u4e00-\u9fa5·]|报道|摄|通讯员|实习生)/;
/**
 * What follows a label in a sentence or the next label, never a name: 记者了解到, 记者 王立 通讯员 张三, 来源：,
 * and any other label with its colon (浏览量：356 after a county site's 通讯员 张三).
 */
const NOT_NAME = /^(?:了解到|注意到|获悉|从|在|向|对|发现|走访|探访|采访|看到|调查|来源|稿源|通讯员|实习生|编辑|责编|报道|摄影|发自)|^[\u4e00-\u9fa5]{1,6}\s*[:：]/;
/**
 * The labels a byline names its writers after, in the order they count: the reporters (记者), the writer of a
 * signed piece (文/王立, 文 | 王立, 撰文：王立, never 本文/ or 图文/), and a 通讯员 only where neither is named: a
 * correspondent reports for the paper, and a county site's byline often names no one else.
 */
const WRITER_LABELS = [
  /记者\s*[:：/／|｜]?\s*/g,
  /(?:撰文|(?<![\u4e00-\u9fa5])文)\s*[/／|｜:：]\s*/g,
  // 文/图 王立, 文、图/王立: the writer took the photos too.
  /(?<![\u4e00-\u9fa5])文\s*[、/／]?\s*图\s*[/／|｜:：]?\s*/g,
  /通讯员\s*[:：]?\s*/g,
];

/**
 * The writers a byline names (澎湃新闻记者 刘源, 记者 王立 通讯员 张三, 本报记者 王立 李明, 文/王立, 通讯员 张三):
 * the people who wrote the piece, where 来源 names only the outlet. Joined with 、 when there are several.
 */
export function reportersIn(text: string): string | undefined {
  for (const label of WRITER_LABELS) {
    for (const m of text.matchAll(label)) {
      let rest = text.slice((m.index ?? 0) + m[0].length);
      const names: string[] = [];
      for (let n = NAME.exec(rest); n && !NOT_NAME.test(rest); n = NAME.exec(rest)) {
        names.push(n[1] as string);
        rest = rest.slice(n[0].length).replace(/^\s*[、,，]?\s*/, '');
      }
      if (names.length > 0) return names.join('、');
    }
  }
  return undefined;
}

export function articleMeta(doc: Document, area: BylineArea, now: Date): ArticleMeta {
  const m: ArticleMeta = { matched: {} };
  const ld = fromJsonLd(doc);
  if (ld) {
    m.headline = nameOf(ld.headline ?? ld.title);
    m.publishedAt = parseTime(String(ld.datePublished ?? ld.pubDate ?? ''), now);
    m.author = nameOf(ld.author) ?? nameOf(ld.publisher);
    m.url = typeof ld.url === 'string' ? ld.url : undefined;
    for (const k of ['headline', 'publishedAt', 'author'] as const) if (m[k]) m.matched[k] = 'JSON-LD';
  }
  const set = (k: 'headline' | 'publishedAt' | 'author' | 'url', v: string | undefined, how: string) => {
    if (!m[k] && v) { m[k] = v; m.matched[k] = how; }
  };
  const time = meta(doc, ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'weibo: article:create_at', 'og:release_date']);
  // A date without a time (people.com.cn's publishdate) waits: the byline usually prints the same day with its time.
  const metaDay = time && !/\d:\d{2}/.test(time.value) ? parseTime(time.value, now) : undefined;
  if (!metaDay) set('publishedAt', parseTime(time?.value, now), `meta ${time?.name}`);
  const title = meta(doc, ['og:title', 'twitter:title']);
  set('headline', title?.value, `meta ${title?.name}`);
  const author = meta(doc, ['article:author', 'author', 'og:article:author']);
  // 澎湃 prints its meta author as 澎湃新闻记者 刘源: the reporter is the author.
  set('author', author && (reportersIn(author.value) ?? author.value), `meta ${author?.name}`);
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, ['og:url'])?.value;
  set('url', url ?? undefined, 'canonical / og:url');

  // Byline text: between headline and body first, then the byline block (or the page's top).
  const between = betweenText(doc, area);
  const texts = [between, spacedText(area.scope)].filter(Boolean);
  const d = texts.map((t) => dateIn(t, now)).find(Boolean);
  const sameDay = (iso: string, day: string) => Date.parse(iso) - Date.parse(day) >= 0 && Date.parse(iso) - Date.parse(day) < 86_400_000;
  if (d && (!metaDay || (d.timed && sameDay(d.iso, metaDay)))) set('publishedAt', d.iso, 'text date');
  set('publishedAt', metaDay, `meta ${time?.name}`);
  // The name ends at a bracket too: (来源：新京报) names 新京报.
  const labelled = (label: string) => texts.map((t) => new RegExp(`${label}[:：]\\s*([^\\s|｜()（）【】\\[\\]]{2,20})`).exec(t)?.[1]).find(Boolean);
  // A county CMS fills 作者： with a role (作者：通讯员 刘明, 作者：本报记者 王立): the name comes after it.
  const role = texts.map((t) => /作者[:：]\s*((?:本报|本台|特约)?(?:记者|通讯员|实习生)[^|｜]{0,40})/.exec(t)?.[1]).find(Boolean);
  set('author', role ? reportersIn(role) : labelled('作者'), 'text 作者');
  // With no 作者： label, a writer named in the byline (记者 王立 通讯员 张三, 文/王立) before any outlet; the
  // byline is the text between headline and body, the byline block, or a body's opening line that is a byline
  // alone, never the whole page (a 记者 in the body's sentences; only a dateline's bracket is read, below).
  const opening = openingLine(area.body, area.headline);
  const bylines = [between, area.scope && area.scope !== doc.body ? spacedText(area.scope) : '', openingByline(opening)];
  set('author', bylines.map(reportersIn).find(Boolean), 'text byline writer');
  const name = bylineName(doc, area, now);
  set('author', name && (reportersIn(name.name) ?? name.name), name?.how ?? '');
  // Where no byline names a writer, the reporters of a dateline opening the body (新华社北京12月6日电（记者王立）)
  // wrote the piece: they come before the outlet 来源 names.
  set('author', datelineReporters(opening), 'text dateline');
  set('author', labelled('来源'), 'text 来源');
  const timeEl = doc.querySelector('time[datetime]');
  set('publishedAt', parseTime(timeEl?.getAttribute('datetime'), now), '<time datetime>');
  // 36kr's 快讯 and many app-style pages print only 3小时前 / 昨天 14:05 under the headline.
  set('publishedAt', parseTime(RELATIVE.exec(between)?.[0], now), 'text relative time');
  set('headline', doc.querySelector('h1')?.textContent?.trim(), '<h1>');
  return m;
}
