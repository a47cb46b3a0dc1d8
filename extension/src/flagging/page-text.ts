import type { Prefilter } from '@vigil/shared/engine/prefilter';
import { shadowRootsUnder } from '../sites/shadow.ts';

// The page's text as a reader sees it, for the brand prefilter (issue 4, issue 15): the text nodes' data in order,
// without inline scripts and styles (sites ship JSON blobs that name anything). The flagger checks each subtree with
// it before extracting units, and the 热搜 watch checks the page before reading its list.

const codeTags = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text nodes' data of a subtree, in order; `deep` reads through open shadow roots too (B站). */
export function textChunks(node: Node, deep = false): string[] {
  const doc = node.ownerDocument ?? (node as Document);
  // No filter callback: one call into script per node costs more than reading the parent's tag here.
  const walker = doc.createTreeWalker(node, 4 /* SHOW_TEXT */);
  const parts: string[] = [];
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!codeTags.has(t.parentElement?.tagName ?? '')) parts.push((t as Text).data);
  }
  // Sites whose units live in open shadow roots (B站): their text is behind the boundary the walker stops at.
  if (deep) for (const r of shadowRootsUnder(node as ParentNode)) parts.push(...textChunks(r, false));
  return parts;
}

/**
 * The same chunks as {@link textChunks}, read as they are consumed: the prefilter stops at the first pair that may
 * start a term, so on a page that names the brand near its top the rest of the page is never walked (issue 15).
 */
export function* lazyTextChunks(node: Node, deep = false): Generator<string, void, undefined> {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!codeTags.has(t.parentElement?.tagName ?? '')) yield (t as Text).data;
  }
  if (deep) for (const r of shadowRootsUnder(node as ParentNode)) yield* lazyTextChunks(r, false);
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
  if (deep) return prefilter.mayContain(lazyTextChunks(node, true));
  if (memo && memo.node === node && memo.prefilter === prefilter && memo.watch.takeRecords().length === 0) return memo.answer;
  const answer = prefilter.mayContain(lazyTextChunks(node));
  forget();
  const Observer = node.ownerDocument?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const watch = new Observer(() => {});
  watch.observe(node, { subtree: true, childList: true, characterData: true });
  const entry = { node, prefilter, answer, watch };
  memo = entry;
  queueMicrotask(() => { if (memo === entry) forget(); });
  return answer;
}
