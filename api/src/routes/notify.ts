import { Hono } from 'hono';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { IdParam } from '@vigil/shared/schemas/common';
import { allTopics, ChannelCreate, ChannelList, ChannelRecord, ChannelUpdate, DeliveryList, DeliveryRecord } from '@vigil/shared/schemas/notify';
import { notifyChannels } from '../db/schema/notify-channels.ts';
import { notifyDeliveries } from '../db/schema/notify-deliveries.ts';
import { recordAudit } from '../lib/audit.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { requireAuth, route } from '../lib/route.ts';
import { newId } from '../lib/secrets.ts';
import { sendTest } from '../notify/deliver.ts';
import { seal, urlHint } from '../notify/seal.ts';

// Notification channels (issue 11): group robots and webhooks. PR leads manage them; legal may look. The URL (it
// carries the robot key) and the signing secret are sealed and never returned or logged.

const kindName = { wecom: '企业微信', dingtalk: '钉钉', feishu: '飞书', webhook: 'Webhook' } as const;
const toRecord = (c: typeof notifyChannels.$inferSelect): z.infer<typeof ChannelRecord> => ({
  id: c.id, name: c.name, kind: c.kind, urlHint: c.urlHint, hasSecret: !!c.secretSealed, minLevel: c.minLevel,
  quietHours: c.quietHours ?? null, capPerHour: c.capPerHour, brand: c.brand ?? null, topics: [...(c.topics ?? allTopics)], enabled: c.enabled,
  createdAt: c.createdAt,
});
const toDelivery = (d: typeof notifyDeliveries.$inferSelect): z.infer<typeof DeliveryRecord> => ({
  id: d.id, channelId: d.channelId, subject: d.subject, rule: d.rule, level: d.level, title: d.title, status: d.status, dueAt: d.dueAt,
  heldFor: d.heldFor ?? null, attempts: d.attempts, lastError: d.lastError ?? null, createdAt: d.createdAt, sentAt: d.sentAt ?? null,
});

/** The channel, or 404; a removed channel is gone for every route but the delivery log. */
async function channel(c: { get: (k: 'deps') => { db: import('../db/client.ts').Db } }, id: string) {
  const row = await c.get('deps').db.query.notifyChannels.findFirst({ where: eq(notifyChannels.id, id) });
  if (!row?.enabled) throw errors.notFound('未找到该通知渠道 / No such channel', 'channel_not_found');
  return row;
}

export const notifyRoutes = new Hono<AppEnv>()
  .post('/channels', route({ roles: ['pr_lead'], summary: 'Add a 企业微信 / 钉钉 / 飞书 robot or a webhook', tags: ['notify'], body: ChannelCreate, responses: { 201: { description: 'the channel (no URL key, no secret)', schema: ChannelRecord } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock, keys } = c.get('deps');
    const b = c.req.valid('json');
    const now = clock.now();
    const row = {
      id: newId(), name: b.name ?? `${kindName[b.kind]}机器人`, kind: b.kind, urlSealed: seal(keys.pepper, b.url), urlHint: urlHint(b.url),
      secretSealed: b.secret ? seal(keys.pepper, b.secret) : null, minLevel: b.minLevel, quietHours: b.quietHours ?? null,
      capPerHour: b.capPerHour, brand: b.brand ?? null, topics: b.topics ?? [...allTopics], enabled: true, createdAt: now.toISOString(), createdBy: auth.user.id,
    };
    await db.insert(notifyChannels).values(row);
    await recordAudit(db, { action: 'notify.channel_created', at: now, actorId: auth.user.id, subject: `channel:${row.id}`, detail: { kind: row.kind, host: new URL(b.url).host } });
    return c.json(toRecord(row), 201);
  })
  .get('/channels', route({ roles: ['pr_lead', 'legal'], summary: 'Notification channels', tags: ['notify'], responses: { 200: { description: 'channels', schema: ChannelList } } }), async (c) => {
    const rows = await c.get('deps').db.select().from(notifyChannels).orderBy(notifyChannels.createdAt);
    return c.json({ channels: rows.map(toRecord) }, 200);
  })
  .patch('/channels/:id', route({ roles: ['pr_lead'], summary: 'Edit a channel: what it receives, its brand, level, quiet hours and cap; a new robot URL or secret', tags: ['notify'], params: IdParam, body: ChannelUpdate, responses: { 200: { description: 'the channel (no URL key, no secret)', schema: ChannelRecord }, 404: { description: 'no such channel' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock, keys } = c.get('deps');
    const row = await channel(c, c.req.valid('param').id);
    const b = c.req.valid('json');
    const set: Partial<typeof notifyChannels.$inferInsert> = {
      ...(b.name !== undefined && { name: b.name }),
      ...(b.url !== undefined && { urlSealed: seal(keys.pepper, b.url), urlHint: urlHint(b.url) }),
      ...(b.secret !== undefined && { secretSealed: b.secret === null ? null : seal(keys.pepper, b.secret) }),
      ...(b.minLevel !== undefined && { minLevel: b.minLevel }),
      ...(b.quietHours !== undefined && { quietHours: b.quietHours }),
      ...(b.capPerHour !== undefined && { capPerHour: b.capPerHour }),
      ...(b.brand !== undefined && { brand: b.brand || null }),
      ...(b.topics !== undefined && { topics: b.topics }),
    };
    await db.update(notifyChannels).set(set).where(eq(notifyChannels.id, row.id));
    // The audit names what changed, never the URL or the secret themselves.
    const changed = Object.keys(b).filter((k) => b[k as keyof typeof b] !== undefined);
    await recordAudit(db, { action: 'notify.channel_updated', at: clock.now(), actorId: auth.user.id, subject: `channel:${row.id}`, detail: { changed, ...(b.url ? { host: new URL(b.url).host } : {}) } });
    return c.json(toRecord({ ...row, ...set }), 200);
  })
  .delete('/channels/:id', route({ roles: ['pr_lead'], summary: 'Remove a channel', tags: ['notify'], params: IdParam, responses: { 200: { description: 'removed', schema: z.object({ ok: z.literal(true) }) }, 404: { description: 'no such channel' } } }), async (c) => {
    const auth = requireAuth(c);
    const { db, clock } = c.get('deps');
    const row = await channel(c, c.req.valid('param').id);
    await db.update(notifyChannels).set({ enabled: false }).where(eq(notifyChannels.id, row.id));
    await recordAudit(db, { action: 'notify.channel_removed', at: clock.now(), actorId: auth.user.id, subject: `channel:${row.id}` });
    return c.json({ ok: true as const }, 200);
  })
  .post('/channels/:id/test', route({ roles: ['pr_lead'], summary: 'The test button: send one message now; the delivery says sent or why not', tags: ['notify'], params: IdParam, responses: { 200: { description: 'the delivery', schema: DeliveryRecord }, 404: { description: 'no such channel' } } }), async (c) => {
    const row = await channel(c, c.req.valid('param').id);
    return c.json(toDelivery(await sendTest(c.get('deps'), row)), 200);
  })
  .get('/deliveries', route({ roles: ['pr_lead', 'legal'], summary: 'Recent deliveries: sent, held (quiet hours, bundle), capped, failed, or withdrawn (the alert was set aside), and why', tags: ['notify'], query: z.object({ channelId: z.string().max(64).optional() }), responses: { 200: { description: 'deliveries', schema: DeliveryList } } }), async (c) => {
    const { channelId } = c.req.valid('query');
    const rows = await c.get('deps').db.select().from(notifyDeliveries).where(channelId ? eq(notifyDeliveries.channelId, channelId) : undefined).orderBy(desc(notifyDeliveries.createdAt)).limit(200);
    return c.json({ deliveries: rows.map(toDelivery) }, 200);
  });
