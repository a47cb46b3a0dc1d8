import { leaves, timeOf } from './shapes.ts';
import { parseTime } from './time.ts';
import { isHiddenInline } from './visibility.ts';

// Reader comments printed as pairs of sibling rows (issue 4): an old portal's <tr> of name and time over a <tr> of
// words, a <dl> of <dt> and <dd>. No element holds one comment whole, so the repeated-block search finds none; a
// comment is then its words row, read with the head row above it.

export interface PairedComment {
  /** The words row: the unit's element. */
  el: Element;
  /** The row above it: name, time, floor. */
  head: Element;
  /** The time as printed in the head row, where no element holds it alone (沧州网友 <b>运河边</b> 发表于：…). */
  iso?: string;
}

/** A time inside a line of text: 2026-11-22 15:21, 11月22日 15:21, 昨天 15:21, 3小时前. */
const TIME_IN_TEXT =
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+\d{1,2}:\d{2}|(?:今天|昨天|前天)\s*\d{1,2}:\d{2}|\d+\s*(?:秒|分钟|小时|天)前|刚刚/;

function timeOfRow(row: Element, now: Date): string | undefined {
  const el = leaves(row, (e) => timeOf(e, now) !== undefined, isHiddenInline)[0];
  if (el) return timeOf(el, now);
  const printed = TIME_IN_TEXT.exec(row.textContent ?? '')?.[0];
  return printed ? parseTime(printed, now) : undefined;
}

const signature = (el: Element) => `${el.tagName}|${el.getAttribute('class') ?? ''}`;

/** The pairs in one parent's children, from its first child on: at least two, each a timed head over untimed words. */
function pairsIn(parent: Element, now: Date): PairedComment[] {
  const kids = Array.from(parent.children).filter((k) => !isHiddenInline(k));
  const out: PairedComment[] = [];
  for (let i = 0; i + 1 < kids.length; i += 2) {
    const [head, words] = [kids[i] as Element, kids[i + 1] as Element];
    if (signature(head) !== signature(kids[0] as Element) || signature(words) !== signature(kids[1] as Element)) break;
    const iso = timeOfRow(head, now);
    if (!iso || !(words.textContent ?? '').trim() || timeOfRow(words, now)) break;
    out.push({ el: words, head, iso });
  }
  return out.length >= 2 ? out : [];
}

/** The paired comments in a comment section: the first parent under it whose children pair up. */
export function pairedComments(section: Element, now: Date): PairedComment[] {
  for (const parent of [section, ...Array.from(section.querySelectorAll('*'))]) {
    if (parent.children.length < 4) continue;
    const pairs = pairsIn(parent, now);
    if (pairs.length > 0) return pairs;
  }
  return [];
}
