// Memory of structural searches that found nothing (weibo-comment-search.ts, comments-by-structure.ts): walking a
// post page's blocks for comments by structure is the costly part of a scan, and a page whose comments have not
// loaded (or that has none) was walked anew on every scan. A search that found nothing is not repeated until a change
// that could show a comment: nodes added or removed, a text filled in, a hidden block shown — anywhere under the
// watched element except where the search never looks for comments (the post's own card or parts).

interface Nothing {
  /** What was searched to the end without a result: a later search of a root inside it finds nothing either. */
  region: Node;
  /** Told of every change under the watched element. */
  watch: MutationObserver;
  /** Changes that cannot show a comment (inside the post's own card). */
  ignore: (target: Node) => boolean;
}

export interface EmptySearches {
  /** Whether the search for `key` is known to find nothing inside `root`: searched, and unchanged since. */
  known(key: Element, root: Node): boolean;
  /** Remembers that the search for `key` found nothing in `region`, until a change under `top` not `ignore`d. */
  remember(key: Element, region: Node, top: Element, ignore: (target: Node) => boolean): void;
}

/** One memory per kind of search, keyed by the element it searched for (a post card, a note container). */
export function emptySearches(): EmptySearches {
  const nothing = new WeakMap<Element, Nothing>();
  const matters = (n: Nothing, records: readonly MutationRecord[]) => records.some((r) => !n.ignore(r.target));
  const forget = (key: Element) => {
    nothing.get(key)?.watch.disconnect();
    nothing.delete(key);
  };
  return {
    known(key, root) {
      const n = nothing.get(key);
      if (!n) return false;
      // Changes not yet delivered to the observer (a scan in the task that made them) count too.
      if (n.region.contains(root) && !matters(n, n.watch.takeRecords())) return true;
      forget(key);
      return false;
    },
    remember(key, region, top, ignore) {
      const Observer = key.ownerDocument.defaultView?.MutationObserver;
      // Without an observer nothing tells when comments come: such a page is searched on every scan.
      if (!Observer) return;
      forget(key);
      const n: Nothing = { region, ignore, watch: new Observer((records) => { if (matters(n, records)) forget(key); }) };
      n.watch.observe(top, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['style', 'hidden'] });
      nothing.set(key, n);
    },
  };
}
