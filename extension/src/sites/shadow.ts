// Open shadow roots (issue 14): B站 renders its comments in nested web components, each with an open shadow root.
// querySelector, TreeWalker and a page-level MutationObserver stop at a shadow boundary; these helpers go through.

/** Every open shadow root in `root`'s subtree, nested ones included, in tree order. */
export function shadowRootsUnder(root: ParentNode): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (r: ParentNode) => {
    for (const el of Array.from(r.querySelectorAll('*'))) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  if ((root as Element).shadowRoot) {
    out.push((root as Element).shadowRoot as ShadowRoot);
    visit((root as Element).shadowRoot as ShadowRoot);
  }
  visit(root);
  return out;
}

/** Elements matching `css` in `root` and in every open shadow root below it. */
export function deepAll(root: ParentNode, css: string): Element[] {
  return [root, ...shadowRootsUnder(root)].flatMap((r) => Array.from(r.querySelectorAll(css)));
}

/** The first match inside an element's own shadow root (or the element itself when it has none). */
export function inShadow(host: Element | null | undefined, css: string): Element | null {
  if (!host) return null;
  return (host.shadowRoot ?? host).querySelector(css);
}
