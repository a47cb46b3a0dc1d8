// Inline scripts that remove themselves (issue 14): 快手's __APOLLO_STATE__ script deletes its own element once it
// has run, long before document_idle, when the flagger reads the page. A content script at document_start watches
// the parser insert scripts and keeps the text of those naming a state it wants; scriptState() reads them after
// the page's own. Nothing runs in the page's world and nothing is written into the DOM: the page cannot see it.
// Content scripts of one extension share one isolated world per frame, so the kept texts live on its globalThis.

const store = Symbol.for('vigil.earlyScripts');
type Holder = { [store]?: string[] };

/** Texts kept so far in this frame (empty where no early watcher ran: other sites, tabs open before install). */
export function earlyScripts(): readonly string[] {
  return (globalThis as Holder)[store] ?? [];
}

function keep(text: string): void {
  const g = globalThis as Holder;
  (g[store] ??= []).push(text);
}

/**
 * Keeps the text of every inline script the parser inserts that names one of `names`, until the document is parsed;
 * returns the function that stops watching (and takes what is pending).
 * A script's text is complete by the time its insertion record is delivered (the parser checks microtasks before
 * it runs a script), and a removed element keeps its text in any case.
 */
export function watchEarlyScripts(doc: Document, names: readonly string[]): () => void {
  const seen = new WeakSet<Node>();
  const take = (node: Node) => {
    if (seen.has(node) || (node as Element).localName !== 'script' || (node as HTMLScriptElement).src) return;
    seen.add(node);
    const text = node.textContent ?? '';
    if (names.some((n) => text.includes(n))) keep(text);
  };
  const handle = (records: MutationRecord[]) => {
    for (const r of records) {
      if (r.target.nodeName === 'SCRIPT') take(r.target);
      for (const n of Array.from(r.addedNodes)) take(n);
    }
  };
  const observer = new MutationObserver(handle);
  observer.observe(doc, { childList: true, subtree: true });
  for (const s of Array.from(doc.querySelectorAll('script'))) take(s);
  const stop = () => {
    handle(observer.takeRecords());
    observer.disconnect();
  };
  // At document_start the page is always still loading; a document already parsed is watched until `stop`.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', stop, { once: true });
  return stop;
}
