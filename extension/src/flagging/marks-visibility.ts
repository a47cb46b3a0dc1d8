import { listen, type Handlers } from '../messaging.ts';

/**
 * Hides Vigil's own marks while evidence screenshots are taken (issue 6), so a capture shows the page as the site
 * drew it: the CSS Custom Highlights are taken out of the registry and put back afterwards, and features with
 * on-page UI (badges) hide it through {@link onMarksVisibility}. All content scripts of this extension and the
 * capture probe share one isolated world but not one module instance, so the state lives on that world's global.
 */

type Listener = (visible: boolean) => void;
interface Shared {
  hidden: [string, Highlight][] | null;
  listeners: Set<Listener>;
}

const KEY = '__vigilMarksVisibility';
const world = globalThis as unknown as { [KEY]?: Shared };
const shared = (): Shared => (world[KEY] ??= { hidden: null, listeners: new Set() });

/** Registers on-page UI to hide while screenshots are taken; returns the unsubscribe. */
export function onMarksVisibility(listener: Listener): () => void {
  shared().listeners.add(listener);
  return () => shared().listeners.delete(listener);
}

/** Registers a highlight, or keeps it for later when the marks are hidden (a screenshot is being taken). */
export function registerHighlight(name: string, highlight: Highlight, registry: HighlightRegistry): void {
  const s = shared();
  if (s.hidden) s.hidden.push([name, highlight]);
  else registry.set(name, highlight);
}

export function setMarksVisible(visible: boolean): { hidden: number } {
  const s = shared();
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!visible) {
    if (!s.hidden) {
      s.hidden = registry ? [...registry.entries()] : [];
      registry?.clear();
      s.listeners.forEach((l) => l(false));
    }
    return { hidden: s.hidden.length };
  }
  const saved = s.hidden;
  if (!saved) return { hidden: 0 };
  s.hidden = null;
  // A highlight set meanwhile under the same name (new units) wins over the saved one.
  for (const [name, h] of saved) if (registry && !registry.has(name)) registry.set(name, h);
  s.listeners.forEach((l) => l(true));
  return { hidden: 0 };
}

/** The content-side message this feature answers. */
export const marksHandlers = (): Handlers => ({ 'set-marks-visible': ({ visible }) => setMarksVisible(visible) });

/** The content entry starts it with its `ctx.signal`. */
export function init({ signal }: { signal: AbortSignal }) {
  const stop = listen(marksHandlers());
  signal.addEventListener('abort', () => {
    stop();
    setMarksVisible(true);
  }, { once: true });
}
