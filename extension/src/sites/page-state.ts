import { earlyScripts } from './early-scripts.ts';

// What a page says about itself beyond its markup (issue 14): the JSON state a server-rendered app inlines
// (window.__INITIAL_STATE__ = {…}, __APOLLO_STATE__), script variables (var ct = "…"), and removal pages.

/** The object literal starting at `from` (a `{`), cut by brace matching that skips strings. */
function literalAt(text: string, from: number): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth += 1;
    else if (ch === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  return undefined;
}

/** Bare `undefined` (小红书 ships it) becomes null, outside strings only. */
function jsonish(literal: string): string {
  return literal.replace(/("(?:[^"\\]|\\.)*")|\bundefined\b/g, (m, str: string | undefined) => str ?? 'null');
}

/**
 * The state object assigned to `name` in an inline script, parsed from the script's text: the global itself may be
 * gone after hydration, or the script may have removed itself (快手: its text was kept at document_start, see
 * early-scripts.ts). undefined when absent or unparsable.
 */
export function scriptState(doc: Document, name: string): Record<string, unknown> | undefined {
  const texts = [...Array.from(doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? ''), ...[...earlyScripts()].reverse()];
  for (const text of texts) {
    const at = text.indexOf(name);
    if (at < 0) continue;
    const brace = text.indexOf('{', text.indexOf('=', at));
    const literal = brace >= 0 ? literalAt(text, brace) : undefined;
    if (!literal) continue;
    try {
      return JSON.parse(jsonish(literal)) as Record<string, unknown>;
    } catch {
      // Not JSON after all (a function body): keep looking, then fall back to the DOM.
    }
  }
  return undefined;
}

/** A string variable of an inline script: var ct = "1732255200" (公众号). */
export function scriptVar(doc: Document, name: string): string | undefined {
  const re = new RegExp(`(?:var|let|const)\\s+${name}\\s*=\\s*["']([^"']*)["']`);
  for (const s of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const m = re.exec(s.textContent ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/** Walks a path of keys through parsed state; undefined as soon as one is missing. */
export function dig(o: unknown, ...path: string[]): unknown {
  let v = o;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined);

/**
 * A platform's removal page (DESIGN "Page status"): the strings it shows, one list per platform, kept in its adapter.
 * Blocked is tried first, since a blocked notice may also say the post is gone.
 */
export interface RemovalRules {
  deleted: RegExp;
  blocked: RegExp;
}

export interface PageStatus {
  status: 'online' | 'deleted' | 'blocked';
  message: string;
}

const flat = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'FONT', 'SMALL']);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * The whole notice the platform showed around the matched string (抱歉，此微博已被作者删除。查看帮助：…), not only the
 * matched part: that is what a lawyer quotes. The innermost block holding the match, its trailing ~ dropped; the
 * match alone when that block is no short notice.
 */
function noticeAround(scope: Element, hit: string): string {
  let el = scope;
  for (let inner: Element | undefined = el; inner; ) {
    el = inner;
    inner = Array.from(el.children).find((c) => !NOT_TEXT.has(c.tagName) && flat(c).includes(hit));
  }
  while (el !== scope && INLINE.has(el.tagName) && el.parentElement) el = el.parentElement;
  const text = flat(el).replace(/[~～]+$/, '');
  return text.length <= 200 ? text : hit;
}

export function removalStatus(doc: Document, rules: RemovalRules, scope: Element | null = doc.body): PageStatus {
  if (!scope) return { status: 'online', message: '' };
  const text = flat(scope).slice(0, 2000);
  for (const status of ['blocked', 'deleted'] as const) {
    const hit = rules[status].exec(text);
    if (hit) return { status, message: noticeAround(scope, hit[0]) };
  }
  return { status: 'online', message: '' };
}
