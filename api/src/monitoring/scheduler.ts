import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../lib/context.ts';
import { runDetection } from './detect.ts';
import { acquireLease, leaseDone, markDone } from './lease.ts';
import { deliverDue, enqueueAlerts, enqueueNotices } from '../notify/deliver.ts';
import { deadlineNotices } from '../notify/deadline-notices.ts';
import { letterNotices } from '../notify/letter-notices.ts';
import { adapterNotice, runAdapterDropCheck } from './adapter-alerts.ts';
import { closeReports } from './archive.ts';
import { hourStart, iso } from './time.ts';

export const HOURLY_LEASE = 'monitor.hourly';

/**
 * What `vigil monitor run --at` and the scheduler run for one hour: detection for the hour that ends at `at` (brand
 * alerts, then adapter-health drops), then notifications for the new alerts and incident and 律师函 deadlines coming
 * due or missed, then every delivery that is due; and
 * the 日报 / 周报 of any Beijing day or week that closed by `at` and is not archived yet.
 */
export async function monitorRun(deps: AppDeps, at: Date) {
  const now = deps.clock.now();
  const created = await runDetection(deps.db, at, now);
  await enqueueAlerts(deps, created);
  // Adapter health (issue 12 item 4): a field whose selectors stopped matching across the team.
  const adapterAlerts = await runAdapterDropCheck(deps.db, at, now);
  await enqueueNotices(deps, adapterAlerts.map(adapterNotice));
  await enqueueNotices(deps, [...(await deadlineNotices(deps.db, now)), ...(await letterNotices(deps.db, now))]);
  const delivered = await deliverDue(deps);
  const reports = await closeReports(deps.db, at, now);
  return { created, adapterAlerts, delivered, reports };
}

/**
 * One scheduler tick (every minute in `serve`): whoever holds the lease runs the hour that just ended, once, and
 * queues deadline reminders and delivers due notifications (quiet hours end, hourly bundles, retries). Returns what it did, for tests.
 */
export async function schedulerTick(deps: AppDeps, holder: string): Promise<'not-leader' | 'delivered' | 'ran-hour'> {
  const now = deps.clock.now();
  if (!(await acquireLease(deps.db, HOURLY_LEASE, holder, now, 5 * 60_000))) return 'not-leader';
  const hourEnd = iso(hourStart(now));
  const done = await leaseDone(deps.db, HOURLY_LEASE);
  if (done === null || done < hourEnd) {
    await monitorRun(deps, new Date(hourEnd));
    await markDone(deps.db, HOURLY_LEASE, holder, hourEnd);
    return 'ran-hour';
  }
  // Deadline reminders (incidents, 律师函) run on the minute: an hour before a deadline is not an hour boundary.
  await enqueueNotices(deps, [...(await deadlineNotices(deps.db, now)), ...(await letterNotices(deps.db, now))]);
  await deliverDue(deps);
  return 'delivered';
}

/** Starts the in-process scheduler; returns its stop function. */
export function startScheduler(deps: AppDeps, log: (msg: string, err?: unknown) => void = console.error): () => void {
  const holder = `${process.pid}-${randomUUID()}`;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    schedulerTick(deps, holder)
      .catch((err: unknown) => log('monitoring scheduler failed:', err))
      .finally(() => { running = false; });
  };
  const timer = setInterval(tick, 60_000);
  timer.unref();
  setTimeout(tick, 5_000).unref();
  return () => clearInterval(timer);
}
