import type { LevelThresholds, RulePack, RulePackInput } from '../schemas/rules.ts';
import { buildMatcher, type Matcher } from './matcher.ts';
import { normalizeTerm, type Normalized } from './normalize-text.ts';
import type { Mention, RiskHit } from './types.ts';

// A rule pack compiled into one automaton (issue 3). Aliases, excludes, people and risk terms of every brand are
// matched together; excludes veto an overlapping alias hit of the same brand (青禾苗 vetoes 青禾), Latin terms
// only count on word boundaries (so `sue` is not found in `issue`, `315` not in `12315`); an English risk term also
// counts with its common endings (recall: recalls, recalled, recalling; regulator: regulators; scam: scammed).

type PatternKind = 'alias' | 'person' | 'exclude' | 'risk';
interface Pattern {
  kind: PatternKind;
  /** Brand index, or -1 for a pack-wide risk term. */
  brand: number;
  term: string;
  category: string;
  weight: number;
  boundaryLeft: boolean;
  boundaryRight: boolean;
  /** A risk term of Latin letters: its inflected forms count too. */
  inflects: boolean;
}

export interface CompiledPack {
  version: string;
  pack: RulePack;
  matcher: Matcher;
  patterns: Pattern[];
  newsHosts: Set<string>;
  levels: LevelThresholds;
  near: { chars: number; farFactor: number };
}

export const defaultLevels: LevelThresholds = { mild: 1, moderate: 6, severe: 12 };
const defaultNear = { chars: 60, farFactor: 0.5 };

const isAlnum = (u: number) => (u >= 97 && u <= 122) || (u >= 48 && u <= 57);
const isLetter = (u: number) => u >= 97 && u <= 122;

/** The endings a PR lead means when typing an English risk term: plural, past, participle, agent. */
const endings = new Set(['s', 'es', 'd', 'ed', 'ing', 'er', 'ers']);
/** Whether the letters after a risk term's end make an inflected form of it (`recall|ed`, `scam|med`), not a new word. */
function inflectedAt(text: string, term: string, end: number): boolean {
  let e = end;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  if (e < text.length && isAlnum(text.charCodeAt(e))) return false;
  const tail = text.slice(end, e);
  if (endings.has(tail)) return true;
  // A doubled final consonant before -ed / -ing / -er (ban → banned, scam → scamming).
  const last = term[term.length - 1]!;
  return tail.length >= 3 && tail[0] === last && 'bdgklmnprt'.includes(last) && endings.has(tail.slice(1));
}

const cache = new Map<string, CompiledPack>();

/**
 * Compiles a pack; the result is cached by `version`, so a pack must change version whenever it changes. The pack
 * is validated where it enters (API, CLI, `RulePack.parse`); compiling does not pull zod into a content script.
 */
export function compilePack(input: RulePack | RulePackInput): CompiledPack {
  const hit = cache.get(input.version);
  if (hit) return hit;
  const pack: RulePack = {
    ...input,
    brands: input.brands.map((b) => ({
      ...b, aliases: b.aliases ?? [], excludes: b.excludes ?? [], people: b.people ?? [],
      ownAccounts: (b.ownAccounts ?? []).map((a) => ({ ...a, role: a.role ?? ('official' as const) })),
    })),
    riskTerms: input.riskTerms ?? [],
    newsHosts: input.newsHosts ?? [],
  };
  const patterns: Pattern[] = [];
  const add = (kind: PatternKind, brand: number, term: string, category = '', weight = 0) => {
    const norm = normalizeTerm(term);
    if (!norm) return;
    patterns.push({
      kind, brand, term, category, weight,
      boundaryLeft: isAlnum(norm.charCodeAt(0)),
      boundaryRight: isAlnum(norm.charCodeAt(norm.length - 1)),
      inflects: kind === 'risk' && norm.length >= 3 && /^[a-z][a-z ]*[a-z]$/.test(norm),
    });
    keys.push(norm);
  };
  const keys: string[] = [];
  pack.brands.forEach((b, i) => {
    for (const a of [b.name, ...b.aliases]) add('alias', i, a);
    for (const p of b.people) add('person', i, p);
    for (const e of b.excludes) add('exclude', i, e);
    for (const r of b.terms ?? []) add('risk', i, r.term, r.category, r.weight);
  });
  for (const r of pack.riskTerms) add('risk', -1, r.term, r.category, r.weight);
  const compiled: CompiledPack = {
    version: pack.version,
    pack,
    matcher: buildMatcher(keys),
    patterns,
    newsHosts: new Set(pack.newsHosts.map((h) => h.toLowerCase())),
    levels: pack.levels ?? defaultLevels,
    near: pack.near ?? defaultNear,
  };
  if (cache.size >= 8) cache.delete(cache.keys().next().value!);
  cache.set(pack.version, compiled);
  return compiled;
}

export interface PackHits {
  mentions: Mention[];
  risks: RiskHit[];
}

interface RawHit {
  p: Pattern;
  start: number;
  end: number;
}

/**
 * The pack without its risk terms (issue 15): brand names, aliases, people and excludes only. What a text mentions
 * (`matchPack(…).mentions`) is the same with it as with the whole pack, since a risk term never changes a name's hit;
 * a content script that only asks which units name a brand compiles this one (20 of the demo pack's 128 terms).
 */
export function mentionPack<P extends RulePackInput>(input: P): P {
  // Idempotent: the extension's background trims the pack it sends a page, and the page's script trims it again.
  const version = input.version.endsWith('#mentions') ? input.version : `${input.version}#mentions`;
  return { ...input, version, riskTerms: [], brands: input.brands.map((b) => ({ ...b, terms: [] })) };
}

/** Keeps the longest of nested hits (青禾乳业 over 青禾, 律师函 over 律师); hits of the same `group` compete. */
function dropNested(hits: RawHit[], group: (h: RawHit) => number): RawHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<number, number>();
  const kept: RawHit[] = [];
  for (const h of hits) {
    const g = group(h);
    if ((reach.get(g) ?? -1) >= h.end) continue;
    reach.set(g, h.end);
    kept.push(h);
  }
  return kept;
}

export function matchPack(compiled: CompiledPack, norm: Normalized): PackHits {
  const { text, starts, ends } = norm;
  const names: RawHit[] = [];
  const excludes: RawHit[] = [];
  const risks: RawHit[] = [];
  compiled.matcher.scan(text, (id, start, end) => {
    const p = compiled.patterns[id]!;
    if (p.boundaryLeft && start > 0 && isAlnum(text.charCodeAt(start - 1))) return;
    if (p.boundaryRight && end < text.length && isAlnum(text.charCodeAt(end)) && !(p.inflects && inflectedAt(text, text.slice(start, end), end))) return;
    (p.kind === 'exclude' ? excludes : p.kind === 'risk' ? risks : names).push({ p, start, end });
  });
  const live = names.filter(
    (h) => !excludes.some((x) => x.p.brand === h.p.brand && x.start < h.end && h.start < x.end),
  );
  const mentioned = new Set(live.map((h) => h.p.brand));
  const toOrig = (h: RawHit) => ({ start: starts[h.start]!, end: ends[h.end - 1]! });
  return {
    mentions: dropNested(live, (h) => h.p.brand).map((h) => ({
      brand: compiled.pack.brands[h.p.brand]!.name,
      term: h.p.term,
      kind: h.p.kind === 'person' ? 'person' : 'alias',
      ...toOrig(h),
    })),
    risks: dropNested(
      risks.filter((h) => h.p.brand < 0 || mentioned.has(h.p.brand)),
      () => 0,
    ).map((h) => ({ term: h.p.term, category: h.p.category, weight: h.p.weight, ...toOrig(h) })),
  };
}
