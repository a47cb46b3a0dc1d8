import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, max, sql } from 'drizzle-orm';
import type { BrandReplySetting, ReplyContent, ReplyCreate, ReplyDetail, ReplySummary } from '@vigil/shared/schemas/reply';
import type { Db } from '../db/client.ts';
import { brands } from '../db/schema/brands.ts';
import { replies } from '../db/schema/replies.ts';
import { replyBrandSettings } from '../db/schema/reply-brand-settings.ts';
import { replyTransitions } from '../db/schema/reply-transitions.ts';
import { replyUses } from '../db/schema/reply-uses.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { errors } from '../lib/errors.ts';
import { transitionDto, versionDto, type Actor, type VersionRow } from './model.ts';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

const replyNotFound = () => errors.notFound('口径不存在 / No such reply', 'reply_not_found');

/** Inserts a new version (always a draft) and its `create` transition. */
export async function insertVersion(q: Queryable, replyId: string, content: ReplyContent, actor: Actor, now: Date): Promise<VersionRow> {
  const [top] = await q.select({ n: max(replyVersions.version) }).from(replyVersions).where(eq(replyVersions.replyId, replyId));
  const row: VersionRow = {
    id: randomUUID(),
    replyId,
    version: (top?.n ?? 0) + 1,
    title: content.title,
    body: content.body,
    triggers: content.triggers,
    limits: content.limits,
    tone: content.tone,
    expiresAt: content.expiresAt ?? null,
    // null is "no owner" (an import without one); undefined means the author owns it.
    owner: content.owner !== undefined ? content.owner : actor.email,
    admitsLiability: content.admitsLiability,
    status: 'draft',
    legalSignedOffBy: null,
    legalSignedOffAt: null,
    approvedAt: null,
    retiredAt: null,
    createdAt: now.toISOString(),
    createdById: actor.id,
    createdByName: actor.name,
  };
  await q.insert(replyVersions).values(row);
  await q.insert(replyTransitions).values({
    id: randomUUID(),
    replyId,
    versionId: row.id,
    version: row.version,
    action: 'create',
    fromStatus: null,
    toStatus: 'draft',
    actorId: actor.id,
    actorName: actor.name,
    actorEmail: actor.email,
    note: null,
    at: row.createdAt,
  });
  return row;
}

/**
 * Replies are matched to posts by the brand name of the rule pack, so a misspelt brand would never be suggested.
 * Once brands are maintained (issue 3), a reply must name one of them; an installation without brands accepts any.
 */
export async function checkBrand(q: Queryable, brand: string): Promise<void> {
  const known = (await q.select({ name: brands.name }).from(brands)).map((b) => b.name);
  if (known.length > 0 && !known.includes(brand)) {
    throw errors.badRequest(`未知品牌「${brand}」，请先在品牌规则中添加，或使用：${known.slice(0, 10).join('、')} / unknown brand`, 'unknown_brand');
  }
}

export async function insertReply(q: Queryable, input: ReplyCreate, actor: Actor, now: Date) {
  await checkBrand(q, input.brand);
  const id = randomUUID();
  await q.insert(replies).values({ id, brand: input.brand, createdAt: now.toISOString(), createdById: actor.id });
  const version = await insertVersion(q, id, input, actor, now);
  return { id, brand: input.brand, version };
}

export async function createReply(db: Db, input: ReplyCreate, actor: Actor, now: Date) {
  return db.transaction((tx) => insertReply(tx, input, actor, now));
}

/** An edit: a new immutable version; earlier versions keep their content and state. */
export async function addVersion(db: Db, replyId: string, content: ReplyContent, actor: Actor, now: Date) {
  return db.transaction(async (tx) => {
    const reply = await tx.query.replies.findFirst({ where: eq(replies.id, replyId) });
    if (!reply) throw replyNotFound();
    return { brand: reply.brand, version: await insertVersion(tx, replyId, content, actor, now) };
  });
}

/** A brand's workflow settings; a brand nobody configured needs no legal sign-off but does need four eyes. */
export const settingOf = (brand: string, row?: { requireLegalSignoff: boolean; requireFourEyes: boolean }): BrandReplySetting => ({
  brand,
  requireLegalSignoff: row?.requireLegalSignoff ?? false,
  requireFourEyes: row?.requireFourEyes ?? true,
});

export async function brandSetting(q: Queryable, brand: string): Promise<BrandReplySetting> {
  const [row] = await q.select().from(replyBrandSettings).where(eq(replyBrandSettings.brand, brand));
  return settingOf(brand, row);
}

export async function requiresLegalSignoff(q: Queryable, brand: string): Promise<boolean> {
  return (await brandSetting(q, brand)).requireLegalSignoff;
}

export async function replyDetail(db: Db, replyId: string, now: Date): Promise<ReplyDetail> {
  const reply = await db.query.replies.findFirst({ where: eq(replies.id, replyId) });
  if (!reply) throw replyNotFound();
  const versions = await db.select().from(replyVersions).where(eq(replyVersions.replyId, replyId)).orderBy(desc(replyVersions.version));
  const transitions = await db
    .select()
    .from(replyTransitions)
    .where(eq(replyTransitions.replyId, replyId))
    .orderBy(asc(replyTransitions.at), asc(sql`rowid`));
  const setting = await brandSetting(db, reply.brand);
  return {
    id: reply.id,
    brand: reply.brand,
    requireLegalSignoff: setting.requireLegalSignoff,
    requireFourEyes: setting.requireFourEyes,
    versions: versions.map((v) => versionDto(v, reply.brand, now)),
    transitions: transitions.map(transitionDto),
  };
}

export interface LibraryFilter {
  q?: string | undefined;
  brand?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
  platform?: string | undefined;
  tone?: string | undefined;
}

/**
 * The library as the PR lead browses it: one row per reply with its newest version. Filters apply to the newest
 * version, except `status: approved|expired`, which asks for replies whose served version is in that state.
 * Libraries are hundreds of replies, so this reads them whole and filters in memory.
 */
export async function listLibrary(db: Db, f: LibraryFilter, now: Date): Promise<ReplySummary[]> {
  const rows = await db
    .select({ v: replyVersions, brand: replies.brand })
    .from(replyVersions)
    .innerJoin(replies, eq(replies.id, replyVersions.replyId))
    .where(f.brand ? eq(replies.brand, f.brand) : undefined)
    .orderBy(asc(replyVersions.replyId), desc(replyVersions.version));
  const counts = new Map(
    (await db.select({ id: replyUses.replyId, n: sql<number>`count(*)` }).from(replyUses).groupBy(replyUses.replyId)).map((r) => [r.id, Number(r.n)]),
  );
  const byReply = new Map<string, { brand: string; versions: VersionRow[] }>();
  for (const { v, brand } of rows) {
    const entry = byReply.get(v.replyId) ?? { brand, versions: [] };
    entry.versions.push(v);
    byReply.set(v.replyId, entry);
  }
  const needle = f.q?.toLowerCase();
  const out: ReplySummary[] = [];
  for (const [id, { brand, versions }] of byReply) {
    const latest = versionDto(versions[0]!, brand, now);
    const served = versions.find((v) => v.status === 'approved');
    const servedStatus = served ? versionDto(served, brand, now).effectiveStatus : undefined;
    if (f.status === 'approved' || f.status === 'expired') {
      if (servedStatus !== f.status) continue;
    } else if (f.status && latest.effectiveStatus !== f.status) continue;
    if (f.category && !latest.triggers.categories.includes(f.category as never)) continue;
    if (f.platform && latest.triggers.platforms.length > 0 && !latest.triggers.platforms.includes(f.platform as never)) continue;
    if (f.tone && latest.tone !== f.tone) continue;
    if (needle) {
      const hay = [latest.title, latest.body, brand, ...latest.triggers.keywords].join('\n').toLowerCase();
      if (!hay.includes(needle)) continue;
    }
    out.push({
      id,
      brand,
      latest,
      servedVersion: served && servedStatus === 'approved' ? served.version : null,
      useCount: counts.get(id) ?? 0,
    });
  }
  return out.sort((a, b) => (a.latest.title < b.latest.title ? -1 : a.latest.title > b.latest.title ? 1 : 0));
}

export async function findVersion(q: Queryable, replyId: string, version: number) {
  const [row] = await q
    .select({ v: replyVersions, brand: replies.brand })
    .from(replyVersions)
    .innerJoin(replies, eq(replies.id, replyVersions.replyId))
    .where(and(eq(replyVersions.replyId, replyId), eq(replyVersions.version, version)));
  if (!row) throw errors.notFound(`口径版本不存在 / No version ${version} of this reply`, 'version_not_found');
  return row;
}
