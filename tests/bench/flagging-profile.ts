import type { CDPSession } from '@playwright/test';

// How the flagging bench reads the content script's cost from Chromium (issue 4, issue 15): the samples of a CPU
// profile whose stack passes through the script, and the renderer's main-thread CPU time. The page sees no marks or
// timers of ours.

/** Our content scripts' folder in the extension: every script of ours (since issue 15 one per platform) lives there. */
export const SCRIPTS = '/content-scripts/';

interface ProfileNode { id: number; callFrame: { url: string; functionName?: string; lineNumber?: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
export interface Reading { ms: number; raw: number }

/**
 * Milliseconds of samples whose stack includes the content script. Each sample stands for the time until the next
 * one, capped at 4× the profile's median sampling period: on a shared machine the sampler (or the renderer) is
 * sometimes descheduled for milliseconds, and that gap would otherwise be billed whole to whichever of our frames
 * was sampled last (one such sample made 3.7 of a 6.1 ms reading). `raw` keeps the uncapped sum.
 */
export function scriptMs(profile: Profile): Reading {
  const sorted = profile.timeDeltas.slice(1).sort((a, b) => a - b);
  const cap = 4 * (sorted[sorted.length >> 1] ?? 100);
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const cached = ours.get(id);
    if (cached !== undefined) return cached;
    const node = byId.get(id);
    const p = parent.get(id);
    const v = !!node && (node.callFrame.url.includes(SCRIPTS) || (p !== undefined && isOurs(p)));
    ours.set(id, v);
    return v;
  };
  let us = 0;
  let raw = 0;
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (!isOurs(id)) return;
    raw += profile.timeDeltas[i + 1] ?? 0;
    const d = Math.min(profile.timeDeltas[i + 1] ?? 0, cap);
    us += d;
    const f = byId.get(id)!.callFrame;
    const k = `${f.functionName || '(anon)'}@${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(k, (self.get(k) ?? 0) + d);
  });
  // BENCH_TOP=1 lists the functions that took the most (self time) in each reading.
  if (process.env.BENCH_TOP) console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `   ${(v / 1000).toFixed(2)} ${k}`).join('\n'));
  return { ms: us / 1000, raw: raw / 1000 };
}

export async function profiled(cdp: CDPSession, work: () => Promise<void>): Promise<Reading> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return scriptMs(profile);
}

/** Main-thread CPU time of the page's renderer (ms): unlike wall time, it does not grow when other processes compete. */
async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

export async function cpu(cdp: CDPSession, work: () => Promise<void>): Promise<number> {
  const before = await threadMs(cdp);
  await work();
  return (await threadMs(cdp)) - before;
}
