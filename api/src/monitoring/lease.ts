import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { monitorLeases } from '../db/schema/monitor-leases.ts';

/**
 * Takes or renews the lease `name` for `holder` until `until` (issue 11): one atomic upsert that only succeeds when
 * the lease is free, expired or already ours. Several API processes on one libSQL server call this every minute;
 * exactly one runs the job.
 */
export async function acquireLease(db: Db, name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const until = new Date(now.getTime() + ttlMs).toISOString();
  const rs = await db.$client.execute({
    sql: `INSERT INTO monitor_leases (name, holder, until) VALUES (?, ?, ?)
      ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, until = excluded.until
      WHERE monitor_leases.until < ? OR monitor_leases.holder = excluded.holder
      RETURNING holder`,
    args: [name, holder, until, now.toISOString()],
  });
  return rs.rows.length === 1 && rs.rows[0]!.holder === holder;
}

export async function leaseDone(db: Db, name: string): Promise<string | null> {
  return (await db.query.monitorLeases.findFirst({ where: eq(monitorLeases.name, name) }))?.lastDone ?? null;
}

export async function markDone(db: Db, name: string, holder: string, period: string): Promise<void> {
  await db.$client.execute({ sql: 'UPDATE monitor_leases SET last_done = ? WHERE name = ? AND holder = ?', args: [period, name, holder] });
}
