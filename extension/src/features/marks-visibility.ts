import { listen } from '../messaging.ts';

/**
 * Hides Vigil's own marks while evidence screenshots are taken (issue 6), so a capture shows the page as the site
 * drew it: the CSS Custom Highlights are taken out of the registry and put back afterwards, and badge hosts (any
 * element carrying `data-vigil-mark`, kept in our closed shadow roots) are made invisible. Content scripts of this
 * extension share one isolated world, so the capture probe and the flagging feature reach the same state.
 */

export const MARK_HOST_ATTR = 'data-vigil-mark';

interface Saved {
  highlights: [string, Highlight][];
  hosts: { el: HTMLElement; value: string; priority: string }[];
}

const KEY = '__vigilHiddenMarks';
const state = globalThis as unknown as { [KEY]?: Saved };

export function setMarksVisible(visible: boolean): { hidden: number } {
  if (!visible) {
    if (state[KEY]) return { hidden: state[KEY].highlights.length + state[KEY].hosts.length };
    const highlights = typeof CSS !== 'undefined' && CSS.highlights ? [...CSS.highlights.entries()] : [];
    if (highlights.length) CSS.highlights.clear();
    const hosts = [...document.querySelectorAll<HTMLElement>(`[${MARK_HOST_ATTR}]`)].map((el) => {
      const saved = { el, value: el.style.getPropertyValue('visibility'), priority: el.style.getPropertyPriority('visibility') };
      el.style.setProperty('visibility', 'hidden', 'important');
      return saved;
    });
    state[KEY] = { highlights, hosts };
    return { hidden: highlights.length + hosts.length };
  }
  const saved = state[KEY];
  if (!saved) return { hidden: 0 };
  delete state[KEY];
  // A highlight the flagging feature set meanwhile (new units) wins over the saved one of the same name.
  for (const [name, h] of saved.highlights) if (!CSS.highlights.has(name)) CSS.highlights.set(name, h);
  for (const { el, value, priority } of saved.hosts) {
    if (value) el.style.setProperty('visibility', value, priority);
    else el.style.removeProperty('visibility');
  }
  return { hidden: 0 };
}

/** The content-side handler of `set-marks-visible` (register from the content entry: `init({ signal })`). */
export function init({ signal }: { signal: AbortSignal }) {
  const stop = listen({ 'set-marks-visible': ({ visible }) => setMarksVisible(visible) });
  signal.addEventListener('abort', stop, { once: true });
}
