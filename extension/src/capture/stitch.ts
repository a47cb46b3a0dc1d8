/**
 * Scroll-and-stitch planning for full-page screenshots (issue 6), pure so it is unit-tested. `captureVisibleTab`
 * only sees the viewport, so the page is scrolled one screen at a time and the frames are drawn into output images.
 * Chrome cannot encode images taller than 16 384 px, so the output is split into segments below 15 000 device px.
 */

/** Below Chrome's 16 384 px image limit with room to spare (notes/evidence.md). */
export const MAX_SEGMENT_PX = 15_000;

export interface PageMetrics {
  /** CSS px */
  scrollHeight: number;
  scrollWidth: number;
  viewportWidth: number;
  viewportHeight: number;
  devicePixelRatio: number;
}

/** One screen to capture: scroll to `scrollY`, then copy its rows [srcY, srcY + height) (CSS px) to `destY`. */
export interface Frame {
  scrollY: number;
  srcY: number;
  height: number;
  /** CSS px from the top of the page. */
  destY: number;
  /** Fixed and sticky elements are shown on the first frame only, so headers are not repeated. */
  hideFixed: boolean;
}

export interface Segment {
  /** CSS px range of the page in this output image. */
  top: number;
  height: number;
  frames: Frame[];
}

export interface StitchPlan {
  /** Full page height that will be captured (CSS px), capped at `maxScreens` viewports. */
  height: number;
  truncated: boolean;
  segments: Segment[];
}

export function planStitch(m: PageMetrics, maxScreens = 60): StitchPlan {
  const vh = Math.max(1, Math.floor(m.viewportHeight));
  const full = Math.max(vh, Math.ceil(m.scrollHeight));
  const height = Math.min(full, vh * maxScreens);
  const maxScroll = full - vh;
  // Segment height in CSS px: whole screens, so frames never straddle two output images.
  const screensPerSegment = Math.max(1, Math.floor(MAX_SEGMENT_PX / m.devicePixelRatio / vh));
  const segmentCss = screensPerSegment * vh;

  const segments: Segment[] = [];
  for (let top = 0; top < height; top += segmentCss) {
    const segHeight = Math.min(segmentCss, height - top);
    const frames: Frame[] = [];
    for (let y = top; y < top + segHeight; y += vh) {
      const want = Math.min(vh, top + segHeight - y);
      // The last screen cannot scroll past the end: it is taken at maxScroll and its lower rows are used.
      const scrollY = Math.min(y, maxScroll);
      frames.push({ scrollY, srcY: y - scrollY, height: want, destY: y, hideFixed: y > 0 });
    }
    segments.push({ top, height: segHeight, frames });
  }
  return { height, truncated: height < full, segments };
}

/** A CSS px rectangle (relative to the viewport) as device pixels inside a screenshot of `imageW × imageH`. */
export function deviceRect(
  rect: { x: number; y: number; width: number; height: number },
  dpr: number,
  image: { width: number; height: number },
): { x: number; y: number; width: number; height: number } | null {
  const x = Math.max(0, Math.floor(rect.x * dpr));
  const y = Math.max(0, Math.floor(rect.y * dpr));
  const right = Math.min(image.width, Math.ceil((rect.x + rect.width) * dpr));
  const bottom = Math.min(image.height, Math.ceil((rect.y + rect.height) * dpr));
  if (right - x < 1 || bottom - y < 1) return null;
  return { x, y, width: right - x, height: bottom - y };
}
