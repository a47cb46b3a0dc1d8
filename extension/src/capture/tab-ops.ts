import { PROBE_GLOBAL, type Probe } from './page-probe.ts';

/** Calls into the capture probe inside a tab (page-probe.ts), injecting it first when the page has none yet. */

type Op = keyof Probe;
type Args<K extends Op> = Parameters<Probe[K]>;
type Result<K extends Op> = Awaited<ReturnType<Probe[K]>>;

const PROBE_FILE = '/capture-probe.js';

export async function injectProbe(tabId: number): Promise<void> {
  await chrome.scripting.executeScript({ target: { tabId }, files: [PROBE_FILE] });
}

export async function callProbe<K extends Op>(tabId: number, op: K, ...args: Args<K>): Promise<Result<K>> {
  const [first] = await chrome.scripting.executeScript({
    target: { tabId },
    // Runs in the page's isolated world, where the probe script installed itself under PROBE_GLOBAL.
    func: (name: string, op: string, args: unknown[]) => {
      const probe = (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[name];
      if (!probe) throw new Error('capture probe missing');
      return probe[op]!(...args);
    },
    args: [PROBE_GLOBAL, op, args],
  });
  return first?.result as Result<K>;
}
