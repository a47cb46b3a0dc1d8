import { describe, expect, test } from 'vitest';
import { deviceRect, MAX_SEGMENT_PX, planStitch } from './stitch.ts';

const screen = { viewportWidth: 1280, viewportHeight: 900, scrollWidth: 1280, devicePixelRatio: 1 };

describe('scroll-and-stitch plan', () => {
  test('20 screens at 1x: segments of whole screens below 15 000 px, every row of the page exactly once', () => {
    const plan = planStitch({ ...screen, scrollHeight: 18_000 });
    expect(plan.height).toBe(18_000);
    expect(plan.truncated).toBe(false);
    expect(plan.segments.map((s) => s.height)).toEqual([14_400, 3_600]);
    expect(plan.segments.every((s) => s.height * screen.devicePixelRatio < MAX_SEGMENT_PX)).toBe(true);
    const frames = plan.segments.flatMap((s) => s.frames);
    expect(frames).toHaveLength(20);
    // Contiguous coverage from 0 to the end, no overlap, no gap.
    let y = 0;
    for (const f of frames) {
      expect(f.destY).toBe(y);
      y += f.height;
    }
    expect(y).toBe(18_000);
  });

  test('fixed and sticky elements show on the first screen only (no repeated headers)', () => {
    const frames = planStitch({ ...screen, scrollHeight: 4_000 }).segments.flatMap((s) => s.frames);
    expect(frames.map((f) => f.hideFixed)).toEqual([false, true, true, true, true]);
  });

  test('the last screen cannot scroll past the end: it is taken at the bottom and only its new rows are used', () => {
    const frames = planStitch({ ...screen, scrollHeight: 2_000 }).segments[0]!.frames;
    expect(frames.at(-1)).toEqual({ scrollY: 1_100, srcY: 700, height: 200, destY: 1_800, hideFixed: true });
  });

  test('2x screens halve the CSS height of a segment so the image stays below 15 000 px', () => {
    const plan = planStitch({ ...screen, devicePixelRatio: 2, scrollHeight: 18_000 });
    expect(plan.segments[0]!.height).toBe(7_200);
    expect(plan.segments.every((s) => s.height * 2 < MAX_SEGMENT_PX)).toBe(true);
    expect(plan.segments).toHaveLength(3);
  });

  test('a page shorter than the viewport is one screen; an endless page is cut at the screen limit and says so', () => {
    expect(planStitch({ ...screen, scrollHeight: 300 }).segments.flatMap((s) => s.frames)).toEqual([{ scrollY: 0, srcY: 0, height: 900, destY: 0, hideFixed: false }]);
    const endless = planStitch({ ...screen, scrollHeight: 900_000 }, 60);
    expect(endless.truncated).toBe(true);
    expect(endless.height).toBe(54_000);
  });
});

describe('unit clip rectangle', () => {
  test('CSS px to device px, rounded outwards, clipped to the screenshot', () => {
    expect(deviceRect({ x: 10.5, y: 20.2, width: 100, height: 50 }, 2, { width: 2560, height: 1800 })).toEqual({ x: 21, y: 40, width: 200, height: 101 });
    expect(deviceRect({ x: -10, y: 850, width: 2000, height: 400 }, 1, { width: 1280, height: 900 })).toEqual({ x: 0, y: 850, width: 1280, height: 50 });
    expect(deviceRect({ x: 0, y: 1000, width: 100, height: 100 }, 1, { width: 1280, height: 900 })).toBeNull();
  });
});
