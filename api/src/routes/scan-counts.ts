import { Hono } from 'hono';
import { sql } from 'drizzle-orm';
import { ScanCountBatch, ScanCountResult } from '@vigil/shared/schemas/monitoring';
import { scanCounts } from '../db/schema/scan-counts.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { hourStart } from '../monitoring/time.ts';

// Scan counts (issue 11): how many units each extension scanned per platform and hour, so reports can show mentions
// per 1 000 units seen. Counts only. Each report carries the running total, and the larger total wins, so a resend
// from the extension's queue never counts twice.

export const scanCountRoutes = new Hono<AppEnv>().post(
  '/',
  route({
    roles: ['staff', 'pr_lead', 'legal'],
    summary: 'Report units scanned per platform and hour (counts only: no text, no URL)',
    tags: ['monitoring'],
    body: ScanCountBatch,
    responses: { 200: { description: 'rows stored', schema: ScanCountResult } },
  }),
  async (c) => {
    const auth = c.get('auth');
    if (!auth) throw errors.unauthorized();
    const { db } = c.get('deps');
    const rows = c.req.valid('json').counts.map((r) => ({ hour: hourStart(new Date(r.hour)).toISOString(), platform: r.platform, reportedBy: auth.user.id, units: r.units }));
    const writes = rows.map((row) =>
      db.insert(scanCounts).values(row).onConflictDoUpdate({
        target: [scanCounts.hour, scanCounts.platform, scanCounts.reportedBy],
        set: { units: sql`max(${scanCounts.units}, excluded.units)` },
      }),
    );
    const [first, ...rest] = writes;
    if (first) await db.batch([first, ...rest]);
    return c.json({ stored: rows.length }, 200);
  },
);
