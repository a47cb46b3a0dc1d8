import { describe, expect, test } from 'vitest';
import { MonitorSettings } from '@vigil/shared/schemas/monitoring';
import { spike } from './spike.ts';

const balanced = MonitorSettings.parse({});

describe('spike rule', () => {
  test.each([
    // observed, same-hour history, preset, fires?, why
    [95, [20, 24, 18, 22], 'balanced', true, 'five times the usual evening count'],
    [26, [20, 24, 18, 22], 'balanced', false, 'an ordinary evening peak'],
    [12, [0, 0, 1, 0], 'sensitive', false, 'a big score on a low count (below the minimum of 20)'],
    [0, [0, 0, 0, 0], 'sensitive', false, '0 after 0 (elastalert#455)'],
    [45, [18, 20, 19, 21], 'balanced', false, 'high score but not 3× the median'],
    [65, [18, 20, 19, 21], 'strict', true, 'over 3× the median and z ≥ 5'],
    [30, [5, 6, 5, 4], 'strict', true, 'a quiet hour jumping to 30: z ≥ 5, 6× the median and over the minimum'],
  ] as [number, number[], 'strict' | 'balanced' | 'sensitive', boolean, string][])('%i after %j (%s) → %s: %s', (observed, history, preset, fires) => {
    expect(spike(observed, [...history], { ...balanced, preset }).fire).toBe(fires);
  });

  test('explains itself: median, MAD, score, floor and threshold', () => {
    expect(spike(95, [20, 24, 18, 22], balanced)).toEqual({ fire: true, score: 16.15, median: 21, mad: 2, floor: 63, threshold: 3.5 });
  });
});
