// Is an element something a reader can see (issue 4)? Douyin server-renders 0×0 duplicate comment items for SEO
// before the visible list; counting them would double every comment. In a real browser layout decides
// (getClientRects / offset sizes / checkVisibility). Unit tests run in happy-dom, which has no layout, so the
// inline signals the duplicates carry (hidden attribute, display:none, width:0;height:0) are honoured everywhere.

function zero(v: string): boolean {
  return /^0(px|%|em|rem)?$/.test(v.trim());
}

export function isHiddenInline(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return false;
  if (style.display === 'none' || style.visibility === 'hidden') return true;
  return zero(style.width) && zero(style.height);
}

/** Whether the document has been laid out (false in happy-dom and in documents parsed off-screen). */
export function hasLayout(doc: Document): boolean {
  const r = doc.documentElement.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

/** Visible to a reader: checks `el` and its ancestors up to and including `stopAt`. */
export function isVisible(el: Element, stopAt?: Element | null, layout = hasLayout(el.ownerDocument)): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isHiddenInline(e)) return false;
    if (e === stopAt) break;
  }
  if (!layout) return true;
  const h = el as HTMLElement;
  if (typeof h.checkVisibility === 'function' && !h.checkVisibility({ visibilityProperty: true })) return false;
  if (el.getClientRects().length === 0) return false;
  // A zero-sized, clipping ancestor hides its children even though they keep their own size.
  for (let e: Element | null = el; e && e !== stopAt?.parentElement; e = e.parentElement) {
    const he = e as HTMLElement;
    if (he.offsetWidth === 0 || he.offsetHeight === 0) {
      const overflow = getComputedStyle(he).overflow;
      if (e === el || overflow !== 'visible') return false;
    }
  }
  return true;
}
