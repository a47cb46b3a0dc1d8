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

/** Pages and units of one site over a window, and how many people's extensions read them. */
export interface PageWindow {
  pages: number;
  units: number;
  reporters: number;
}

export interface CollapseRule {
  /** The 7 days before found at least this many units per page … */
  baselineAtLeast: number;
  /** … and now fewer than this share of it: the feed went dark (a release the fallback did not catch either). */
  recentShareBelow: number;
  minRecentPages: number;
  minBaselinePages: number;
  minReporters: number;
}

export const ALERT_COLLAPSE: CollapseRule = { baselineAtLeast: 2, recentShareBelow: 0.3, minRecentPages: 5, minBaselinePages: 10, minReporters: 2 };
export const PAGE_COLLAPSE: CollapseRule = { baselineAtLeast: 2, recentShareBelow: 0.3, minRecentPages: 3, minBaselinePages: 3, minReporters: 1 };

export const unitsPerPage = (w: PageWindow): number | null => (w.pages > 0 ? Math.round((w.units / w.pages) * 10) / 10 : null);

/** Units per page fell to under 30 % of the 7 days before (0 units: the whole feed went dark), on enough pages. */
export function isUnitsCollapse(recent: PageWindow, baseline: PageWindow, rule: CollapseRule): boolean {
  const now = unitsPerPage(recent);
  const before = unitsPerPage(baseline);
  if (now === null || before === null) return false;
  return (
    recent.pages >= rule.minRecentPages && baseline.pages >= rule.minBaselinePages && recent.reporters >= rule.minReporters &&
    before >= rule.baselineAtLeast && now < before * rule.recentShareBelow
  );
}
