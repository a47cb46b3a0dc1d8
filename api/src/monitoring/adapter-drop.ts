import type { HealthWindow } from '@vigil/shared/schemas/adapter-health';

// A site release seen from the team's browsers (issue 12 item 4): when a field that the adapter's selectors found
// almost always over the last 7 days is now mostly found by the structural fallback (or not at all), on enough
// pages and from several people, admins hear of it before staff notice anything.

export interface DropRule {
  /** The primary rate the 7 days before had to have … */
  baselineAtLeast: number;
  /** … and the rate the recent window has fallen below. */
  recentBelow: number;
  minRecentSamples: number;
  minBaselineSamples: number;
  /** How many people's extensions must have seen it recently: one user's odd page is no site release. */
  minReporters: number;
}

/** The hourly alert: the last 3 hours against the 7 days before them. */
export const ALERT_RULE: DropRule = { baselineAtLeast: 0.8, recentBelow: 0.5, minRecentSamples: 30, minBaselineSamples: 50, minReporters: 2 };
/** The page's 异常 marker over 24 h: the same drop, shown from fewer samples (an admin looks at it, nobody is woken). */
export const PAGE_RULE: DropRule = { baselineAtLeast: 0.8, recentBelow: 0.5, minRecentSamples: 10, minBaselineSamples: 10, minReporters: 1 };
export const RECENT_HOURS = 3;
export const COOLDOWN_HOURS = 24;

export function isSharpDrop(recent: HealthWindow, baseline: HealthWindow, rule: DropRule): boolean {
  if (recent.primaryRate === null || baseline.primaryRate === null) return false;
  return (
    baseline.total >= rule.minBaselineSamples && recent.total >= rule.minRecentSamples && recent.reporters >= rule.minReporters &&
    baseline.primaryRate >= rule.baselineAtLeast && recent.primaryRate < rule.recentBelow
  );
}
