import type { Prefilter } from '@vigil/shared/engine/prefilter';
import { shadowRootsUnder } from '../sites/shadow.ts';

// The page's text as a reader sees it, for the brand prefilter (issue 4, issue 15): the text nodes' data in order,
// without inline scripts and styles (sites ship JSON blobs that name anything). The flagger checks each subtree with
// it before extracting units, and the 热搜 watch checks the page before reading its list.

const CODE = 'script, style, noscript, template';
const isCode = (el: Element) => el.matches(CODE);

/**
 * The text of a subtree, in order; `deep` reads through open shadow roots too (B站). A subtree without a script or
 * style in it is read whole (textContent), so the walk goes down only along the paths to the code it leaves out: one
 * call into script per text node of a 50-post page cost about a millisecond (issue 15).
 */
export function textChunks(node: Node, deep = false): string[] {
  const parts: string[] = [];
  if (node.nodeType === 1 && isCode(node as Element)) return parts;
  collect(node, parts);
  // Sites whose units live in open shadow roots (B站): their text is behind the boundary textContent stops at.
  if (deep) for (const r of shadowRootsUnder(node as ParentNode)) parts.push(...textChunks(r, false));
  return parts;
}

function collect(node: Node, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push((node as Text).data);
    return;
  }
  // A document has no textContent of its own; an element or fragment without code in it is read in one call.
  if (node.nodeType !== 9 && (node as ParentNode).querySelector?.(CODE) === null) {
    parts.push(node.textContent ?? '');
    return;
  }
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) parts.push((c as Text).data);
    else if (c.nodeType === 1 ? !isCode(c as Element) : c.nodeType === 11) collect(c, parts);
  }
}

let memo: { node: Node; prefilter: Prefilter; answer: boolean; watch: MutationObserver } | null = null;
const forget = () => {
  memo?.watch.disconnect();
  memo = null;
};

/**
 * Whether the text under `node` may name a term of `prefilter`. The 热搜 watch and the flagger's first scan ask this
 * of the same page in the same task: the page is read once (issue 15). The answer is kept until the task's script
 * returns, and only while a mutation observer on `node` has recorded no change of its text or nodes.
 */
export function mayName(prefilter: Prefilter, node: Node, deep = false): boolean {
  // Only a whole page is asked twice (the watch and the first scan); a scroll batch's cards are asked once each, and
  // setting up the memo's observer for each cost more than the memo saved.
  if (deep || node !== node.ownerDocument?.body) return prefilter.mayContain(textChunks(node, deep));
  if (memo && memo.node === node && memo.prefilter === prefilter && memo.watch.takeRecords().length === 0) return memo.answer;
  const answer = prefilter.mayContain(textChunks(node));
  forget();
  const Observer = node.ownerDocument?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const watch = new Observer(() => {});
  watch.observe(node, { subtree: true, childList: true, characterData: true });
  const entry = { node, prefilter, answer, watch };
  memo = entry;
  queueMicrotask(() => { if (memo === entry) forget(); });
  return answer;
}
