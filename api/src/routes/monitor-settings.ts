import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import { MonitorSettingsPut, MonitorSettingsQuery, MonitorSettingsRecord } from '@vigil/shared/schemas/monitoring';
import { monitorSettings } from '../db/schema/monitor-settings.ts';
import type { Db } from '../db/client.ts';
import { recordAudit } from '../lib/audit.ts';
import type { AppEnv } from '../lib/context.ts';
import { requireAuth, route } from '../lib/route.ts';
import { defaultSettings } from '../monitoring/settings.ts';
import { checkBrand } from '../replies/library.ts';

// Per-brand monitoring settings (issue 11): the spike preset and thresholds the hourly run uses, and the incident
// deadlines by level (defaults: 重度 5 h optional holding statement, 24 h first statement, 48 h investigation; 中度
// 48 h response). PR leads set them; legal may read them. A change applies to incidents opened or re-levelled after
// it: deadlines already running keep the rule they were opened under.

async function recordOf(db: Db, brand: string) {
  const row = await db.query.monitorSettings.findFirst({ where: eq(monitorSettings.brand, brand) });
  return row
    ? { brand, settings: row.settings, isDefault: false, updatedAt: row.updatedAt }
    : { brand, settings: defaultSettings, isDefault: true, updatedAt: null };
}

/** The top-level settings a PUT changed, for the audit log (values, not just names: they are not secret). */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  return Object.fromEntries(
    Object.keys(after)
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => [k, { from: before[k], to: after[k] }]),
  );
}

export const monitorSettingsRoutes = new Hono<AppEnv>()
  .get('/', route({ roles: ['pr_lead', 'legal'], summary: "One brand's spike thresholds and incident deadlines (the defaults until saved)", tags: ['monitoring'], query: MonitorSettingsQuery, responses: { 200: { description: 'settings', schema: MonitorSettingsRecord }, 400: { description: 'unknown brand' } } }), async (c) => {
    const { db } = c.get('deps');
    const { brand } = c.req.valid('query');
    await checkBrand(db, brand);
    return c.json(await recordOf(db, brand), 200);
  })
  .put('/', route({ roles: ['pr_lead'], summary: "Save one brand's spike thresholds and incident deadlines; running deadlines keep their rule", tags: ['monitoring'], body: MonitorSettingsPut, responses: { 200: { description: 'settings as stored', schema: MonitorSettingsRecord }, 400: { description: 'invalid settings or unknown brand' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const { brand, settings } = c.req.valid('json');
    await checkBrand(db, brand);
    const before = await recordOf(db, brand);
    const now = clock.now();
    const updatedAt = now.toISOString();
    await db
      .insert(monitorSettings)
      .values({ brand, settings, updatedAt })
      .onConflictDoUpdate({ target: monitorSettings.brand, set: { settings, updatedAt } });
    await recordAudit(db, { action: 'monitor.settings_changed', at: now, actorId: auth.user.id, subject: `brand:${brand}`, detail: changes(before.settings, settings) });
    return c.json({ brand, settings, isDefault: false, updatedAt }, 200);
  });
