import { spikePresets, type MonitorSettings } from '@vigil/shared/schemas/monitoring';

// The spike rule of issue 11 (notes B(iv)): a robust z-score over comparable hours, and a count floor.
// The two false-alarm traps it guards against: recurring daily/weekly peaks (compare the same hour of the week) and
// low counts (a minimum and a multiple of the baseline median must both be passed).

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export interface SpikeVerdict {
  fire: boolean;
  score: number;
  median: number;
  mad: number;
  /** The count the hour had to reach besides the score: max(minCount, ratio × median). */
  floor: number;
  threshold: number;
}

/**
 * z = (x − median) / (1.4826 × MAD). The scale never drops below √median (Poisson noise) or 1, so a flat history
 * (MAD 0) does not turn any small rise into an infinite score.
 */
export function spike(observed: number, history: number[], settings: Pick<MonitorSettings, 'preset' | 'minCount' | 'ratio'>): SpikeVerdict {
  const med = median(history);
  const mad = median(history.map((x) => Math.abs(x - med)));
  const scale = Math.max(1.4826 * mad, Math.sqrt(med), 1);
  const score = Math.round(((observed - med) / scale) * 100) / 100;
  const threshold = spikePresets[settings.preset];
  const floor = Math.max(settings.minCount, settings.ratio * med);
  return { fire: score >= threshold && observed >= floor, score, median: med, mad, floor, threshold };
}
