import { commentsByStructure, type Where } from './comments-by-structure.ts';
import { parseCount } from './counts.ts';
import { leaves } from './shapes.ts';
import { hasLayout } from './visibility.ts';
import { commentUnits } from './zhihu-comments.ts';
import { ITEM } from './zhihu-question.ts';
import type { Unit } from './types.ts';

// 知乎's comment modal (查看全部评论, a question's N 条评论): a portal on the body, outside every answer card. It is
// found by role (dialog, aria-modal) or as a fixed overlay among the body's children, never by class. Its comments
// belong to the unit it was opened from: the one an element of it names with aria-controls / aria-owns, else the one
// whose comment count equals the total the modal prints (48 条评论), else the page's own unit (the answer of an
// answer page, the question of a question page). Its comments are read as those under an answer (zhihu-comments.ts):
// by data-id, their words by class or, a release having renamed it, by structure; without data-id, the threads
// are found by structure (comments-by-structure.ts).

const fixedAt = (el: Element, layout: boolean) => (el as HTMLElement).style?.position === 'fixed'
  || (layout && el.ownerDocument.defaultView?.getComputedStyle(el).position === 'fixed');

/** The page's dialogs and overlays that hold no answer: outermost ones, in page order. */
export function dialogsOf(doc: Document): Element[] {
  const found = new Set(Array.from(doc.querySelectorAll('[role="dialog"], [aria-modal="true"]')));
  const layout = hasLayout(doc);
  // A portal: a child of the body, or the box a portal container put it in.
  for (const top of Array.from(doc.body?.children ?? [])) for (const el of [top, ...Array.from(top.children)]) if (fixedAt(el, layout)) found.add(el);
  return [...found].filter((el) => !el.closest(ITEM) && !el.querySelector(ITEM) && ![...found].some((o) => o !== el && o.contains(el)));
}

/** The total of comments the modal prints in its head (48 条评论, 评论 48). */
function totalOf(dialog: Element): number | undefined {
  const TOTAL = /^(?:评论\s*([\d,.]+\s*万?)|([\d,.]+\s*万?)\s*条评论)$/;
  const head = leaves(dialog, (el) => TOTAL.test((el.textContent ?? '').trim()), (el) => el.tagName === 'BUTTON')[0];
  const m = head && TOTAL.exec((head.textContent ?? '').trim());
  return m ? parseCount(m[1] ?? m[2]) : undefined;
}

/** The unit a modal was opened from, among the page's question and items; `page` when nothing ties it. */
function ownerOf(dialog: Element, units: readonly Unit[], page: Unit | undefined): Unit | undefined {
  const ids = new Set([dialog, ...Array.from(dialog.querySelectorAll('[id]'))].map((e) => e.id).filter(Boolean));
  const names = (el: Element) => `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.split(/\s+/).some((id) => ids.has(id));
  const named = units.find((u) => Array.from(u.element.querySelectorAll('[aria-controls], [aria-owns]')).some(names));
  if (named) return named;
  const total = totalOf(dialog);
  const same = total === undefined ? [] : units.filter((u) => u.counts?.comments === total);
  return same.length === 1 ? same[0] : page;
}

const related = (a: Node, b: Node) => a.contains(b) || b.contains(a);
const byStructure: Where = { platform: 'zhihu', userId: /\/people\/([^/?#]+)/, keyPrefix: 'zhihu:comment', idOf: (el) => el.getAttribute('data-id') ?? undefined };

/**
 * Comments of the modals that overlap `root`, each under the unit it was opened from. `units` are the page's
 * question and items (all of them, for the tie), `page` the page's own unit.
 */
export function modalComments(root: ParentNode, units: readonly Unit[], page: Unit | undefined, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const out: Unit[] = [];
  for (const dialog of dialogsOf(doc)) {
    if (!related(dialog, root as Node)) continue;
    const owner = ownerOf(dialog, units, page);
    let found = commentUnits(dialog, owner, now);
    // A release that dropped data-id too: the modal's threads by structure, keyed as the selectors key them.
    if (found.length === 0) {
      found = commentsByStructure(byStructure, dialog, owner?.key, () => false, now).map((c) => {
        const id = c.element.getAttribute('data-id');
        return owner?.permalink && id ? { ...c, permalink: `${owner.permalink}#comment-${id}` } : c;
      });
    }
    out.push(...found.filter((c) => related(c.element, root as Node)));
  }
  return out;
}
