import { normalizeText } from '@vigil/shared/engine/normalize-text';
import type { Prefilter } from '@vigil/shared/engine/prefilter';
import type { CompiledPack } from '@vigil/shared/engine/rules';
import { within } from '../sites/selectors.ts';
import type { SiteAdapter } from '../sites/types.ts';
import type { Painter } from './highlights.ts';
import { mayName, textChunks } from './page-text.ts';

// Which subtrees of a scanned root are worth breaking into units (issue 4, issue 15). Most of a feed mentions no
// brand: for those subtrees the units are not even extracted, which keeps a page without mentions nearly free.

export interface CandidateDeps {
  site: SiteAdapter;
  prefilter: Prefilter;
  /** The compiled pack, built on first use: a page that names no brand never builds the automaton. */
  compiled: () => CompiledPack;
  /** The pack's own accounts by name (their posts are listed apart even when they name no brand). */
  ownNames: () => readonly string[];
  painter: Pick<Painter, 'paintedWithin'>;
}

/** `candidates(root)`: the subtrees of `root` to break into units, or [] when none may mention a brand. */
export function candidateFinder({ site, prefilter, compiled, ownNames, painter }: CandidateDeps): (root: ParentNode) => ParentNode[] {
  const deep = !!site.shadow;
  const textOf = (root: ParentNode) => (root as Document).body ?? (root as Node);
  const docOf = (root: ParentNode): Document => (root as Node).ownerDocument ?? (root as Document);

  /**
   * Whether any alias or person of the pack occurs in `root`'s text at all (excludes and word boundaries ignored,
   * so this never misses what the full analysis would find). The prefilter (first pair of units of each term)
   * answers most subtrees without joining or normalising their text.
   */
  function mayMention(root: ParentNode): boolean {
    const chunks = textChunks(textOf(root), deep);
    if (!prefilter.mayContain(chunks)) return false;
    const c = compiled();
    const norm = normalizeText(chunks.join('').replace(/\s+/g, ' '));
    let hit = false;
    c.matcher.scan(norm.text, (id) => {
      const kind = c.patterns[id]?.kind;
      if (kind === 'alias' || kind === 'person') hit = true;
    });
    return hit || ownNames().some((n) => norm.text.includes(n));
  }

  /** The outermost unit containers under `root` (itself included), in document order. */
  function outermostContainers(root: ParentNode): Element[] {
    const out: Element[] = [];
    let last: Element | null = null;
    for (const el of within(root, site.unitContainers)) {
      if (last && last.contains(el)) continue;
      out.push(el);
      last = el;
    }
    return out;
  }

  // Where the adapter's containers stand alone, each is checked on its own text, so a feed with a few mentions
  // extracts only those cards.
  return (root) => {
    // Asked only when needed: a new card of a scroll batch that names the brand never needs it.
    let paintedMemo: boolean | undefined;
    const painted = () => (paintedMemo ??= painter.paintedWithin(root));
    const standAlone = typeof site.containersStandAlone === 'function' ? site.containersStandAlone(docOf(root)) : site.containersStandAlone;
    if (standAlone && site.unitContainers) {
      if (!mayName(prefilter, textOf(root), deep) && !painted()) return [];
      const containers = outermostContainers(root);
      // A new card of a scroll batch is its own container, or the one container in the slot the scroller added: the
      // pass over the root's text above was the check (a second pass over the same card cost 10 µs a card). Should
      // the root's name sit outside the card, its units are dropped by their own text before they leave the page.
      if (containers.length === 1) return containers;
      if (containers.length > 0) {
        // A container showing something painted must be rescanned even without a mention now (a recycled node).
        return containers.filter((c) => prefilter.mayContain(textChunks(c)) || (painted() && painter.paintedWithin(c)));
      }
    }
    return painted() || mayMention(root) ? [root] : [];
  };
}
