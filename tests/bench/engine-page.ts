// Runs inside Chromium for the engine bench (issue 3): Vigil's matcher + CSS Custom Highlight ranges over a page's
// text, the work the content script does, bundled by esbuild from the engine's own source.
import { compilePack, matchPack } from '../../shared/src/engine/rules.ts';
import { normalizeText } from '../../shared/src/engine/normalize-text.ts';
import type { RulePack } from '../../shared/src/schemas/rules.ts';

export function vigilHighlight(root: Element, pack: RulePack): { ms: number; compileMs: number; ranges: number } {
  const c0 = performance.now();
  const compiled = compilePack(pack);
  const t0 = performance.now();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let len = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(len);
    parts.push(t.data);
    len += t.data.length;
  }
  const { mentions, risks } = matchPack(compiled, normalizeText(parts.join('')));
  const locate = (offset: number, isEnd: boolean): [Text, number] => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! < offset || (!isEnd && starts[mid] === offset)) lo = mid;
      else hi = mid - 1;
    }
    return [nodes[lo]!, offset - starts[lo]!];
  };
  const highlight = new Highlight();
  for (const h of [...mentions, ...risks]) {
    const r = document.createRange();
    r.setStart(...locate(h.start, false));
    r.setEnd(...locate(h.end, true));
    highlight.add(r);
  }
  CSS.highlights.set('vigil-bench', highlight);
  void (document.body as HTMLElement).offsetHeight;
  return { ms: performance.now() - t0, compileMs: t0 - c0, ranges: highlight.size };
}
