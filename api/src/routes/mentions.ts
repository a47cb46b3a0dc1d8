import { Hono } from 'hono';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { ErrorBody } from '@vigil/shared/schemas/common';
import { MentionBatch, MentionBatchResult, MentionCorrection, MentionList, MentionQuery, type MentionRecord } from '@vigil/shared/schemas/mention';
import { mentions } from '../db/schema/mentions.ts';
import type { AppEnv } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { route } from '../lib/route.ts';
import { ingestMentions } from '../monitoring/ingest.ts';

// Flagged mentions (issue 4): the extension reports units that mention a brand, deduplicated by unit key (a
// re-seen unit updates its row: reach, level, last seen); staff correct a level or mark "not about us"; PR leads
// and legal read them for reports.

const toRecord = (r: typeof mentions.$inferSelect): MentionRecord => ({
  key: r.unitKey, platform: r.platform, kind: r.kind, url: r.url, text: r.text, author: r.author, permalink: r.permalink,
  publishedAt: r.publishedAt, counts: r.counts, brand: r.brand, level: r.level, correctedLevel: r.correctedLevel,
  notAboutUs: r.notAboutUs, sentiment: { label: r.sentimentLabel, score: r.sentimentScore }, reasons: r.reasons,
  terms: r.terms, firstSeenAt: r.firstSeenAt, lastSeenAt: r.lastSeenAt, reportedBy: r.reportedBy,
  correctedBy: r.correctedBy, correctedAt: r.correctedAt,
});

export const mentionRoutes = new Hono<AppEnv>()
  .post(
    '/',
    route({
      roles: ['staff', 'pr_lead', 'legal'],
      summary: 'Report flagged mentions in a batch; deduplicated by unit key (a resend or re-sighting updates the row)',
      tags: ['mentions'],
      body: MentionBatch,
      responses: { 200: { description: 'keys stored for the first time and keys updated', schema: MentionBatchResult } },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      const now = clock.now().toISOString();
      // Live reports are dated by the server clock; `vigil mentions import` keeps each report's own seenAt.
      const result = await ingestMentions(db, c.req.valid('json').mentions, { reportedBy: auth.user.id, seenAt: () => now });
      return c.json(result, 200);
    },
  )
  .get(
    '/',
    route({
      roles: ['pr_lead', 'legal'],
      summary: 'Flagged mentions, most recently seen first, by brand and level',
      tags: ['mentions'],
      query: MentionQuery,
      responses: { 200: { description: 'mentions', schema: MentionList } },
    }),
    async (c) => {
      const { brand, level, limit } = c.req.valid('query');
      const where: SQL[] = [];
      if (brand) where.push(eq(mentions.brand, brand));
      if (level) where.push(eq(mentions.level, level));
      const rows = await c.get('deps').db.select().from(mentions).where(and(...where)).orderBy(desc(mentions.lastSeenAt)).limit(limit);
      return c.json({ mentions: rows.map(toRecord) }, 200);
    },
  )
  .post(
    '/correction',
    route({
      roles: ['staff', 'pr_lead'],
      summary: 'Correct a mention: another level, or not about us (one click in the side panel)',
      tags: ['mentions'],
      body: MentionCorrection,
      responses: {
        200: { description: 'the corrected mention', schema: MentionList },
        404: { description: 'no mention with this key was reported', schema: ErrorBody },
      },
    }),
    async (c) => {
      const { db, clock } = c.get('deps');
      const auth = c.get('auth');
      if (!auth) throw errors.unauthorized();
      const { key, level, notAboutUs } = c.req.valid('json');
      const set: Partial<typeof mentions.$inferInsert> = { correctedBy: auth.user.id, correctedAt: clock.now().toISOString() };
      if (level !== undefined) set.correctedLevel = level;
      if (notAboutUs !== undefined) set.notAboutUs = notAboutUs;
      const rows = await db.update(mentions).set(set).where(eq(mentions.unitKey, key)).returning();
      if (rows.length === 0) throw errors.notFound('未找到该提及 / No such mention', 'mention_not_found');
      return c.json({ mentions: rows.map(toRecord) }, 200);
    },
  );
