import { desc, eq, inArray } from 'drizzle-orm';
import type { ReplyStats } from '@vigil/shared/schemas/reply-use';
import { beijingDay } from '@vigil/shared/i18n/beijing-time';
import type { Db } from '../db/client.ts';
import { replyUses } from '../db/schema/reply-uses.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { ApiError, errors } from '../lib/errors.ts';
import type { Actor, VersionRow } from './model.ts';

/** Client and server clocks differ: a use may claim to be this much ahead of the server. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface UseInput {
  id: string;
  versionId: string;
  unitKey: string;
  platform: string;
  action: 'copy' | 'insert';
  permalink?: string | null | undefined;
  finalText: string;
  usedAt: string;
}

/** Why a version could not have been used at `usedAt`, or null when it could. */
function refusal(v: VersionRow | undefined, usedAt: string, now: Date): string | null {
  if (!v) return '口径版本不存在 / unknown reply version';
  if (Date.parse(usedAt) > now.getTime() + CLOCK_SKEW_MS) return '使用时间晚于服务器时间 / usedAt is in the future';
  const skewed = new Date(Date.parse(usedAt) + CLOCK_SKEW_MS).toISOString();
  if (!v.approvedAt || v.approvedAt > skewed) return `v${v.version} 在使用时未获批准 / version ${v.version} was not approved at use time`;
  if (v.retiredAt && v.retiredAt <= usedAt) return `v${v.version} 在使用时已停用 / version ${v.version} was retired at use time`;
  if (v.expiresAt && v.expiresAt <= usedAt) return `v${v.version} 在使用时已过期 / version ${v.version} had expired at use time`;
  return null;
}

export class UsesRefused extends ApiError {
  constructor(readonly rejected: { id: string; reason: string }[]) {
    super(422, 'reply_not_usable', `以下使用记录的口径不可用 / These uses refer to a reply that may not be used: ${rejected.map((r) => `${r.id}: ${r.reason}`).join('; ')}`);
  }
}

/**
 * Stores a batch of uses, all or nothing. A use whose id is already stored with the same content is a duplicate
 * (the extension resent it); the same id with different content is a 409.
 */
export async function recordUses(db: Db, uses: UseInput[], actor: Actor, now: Date) {
  return db.transaction(async (tx) => {
    const ids = [...new Set(uses.map((u) => u.id))];
    if (ids.length !== uses.length) throw errors.badRequest('同一批次中使用记录 id 重复 / duplicate use ids in one batch', 'duplicate_use_id');
    const existing = new Map((await tx.select().from(replyUses).where(inArray(replyUses.id, ids))).map((r) => [r.id, r]));
    const versions = new Map(
      (await tx.select().from(replyVersions).where(inArray(replyVersions.id, [...new Set(uses.map((u) => u.versionId))]))).map((v) => [v.id, v]),
    );
    const accepted: string[] = [];
    const duplicates: string[] = [];
    const rejected: { id: string; reason: string }[] = [];
    const rows: (typeof replyUses.$inferInsert)[] = [];
    for (const u of uses) {
      const usedAt = new Date(u.usedAt).toISOString();
      const old = existing.get(u.id);
      if (old) {
        const same = old.versionId === u.versionId && old.unitKey === u.unitKey && old.finalText === u.finalText && old.usedAt === usedAt && old.userId === actor.id;
        if (!same) throw errors.conflict(`使用记录 ${u.id} 已存在且内容不同 / use id ${u.id} already stored with other content`, 'use_id_conflict');
        duplicates.push(u.id);
        continue;
      }
      const v = versions.get(u.versionId);
      const why = refusal(v, usedAt, now);
      if (why || !v) {
        rejected.push({ id: u.id, reason: why ?? '' });
        continue;
      }
      rows.push({
        id: u.id,
        replyId: v.replyId,
        versionId: v.id,
        unitKey: u.unitKey,
        platform: u.platform,
        action: u.action,
        permalink: u.permalink ?? null,
        finalText: u.finalText,
        userId: actor.id,
        userName: actor.name,
        userEmail: actor.email,
        usedAt,
        receivedAt: now.toISOString(),
      });
      accepted.push(u.id);
    }
    if (rejected.length > 0) throw new UsesRefused(rejected);
    if (rows.length > 0) await tx.insert(replyUses).values(rows);
    return { accepted, duplicates };
  });
}

export async function replyStats(db: Db, replyId: string): Promise<ReplyStats> {
  const uses = await db
    .select({ u: replyUses, version: replyVersions.version })
    .from(replyUses)
    .innerJoin(replyVersions, eq(replyVersions.id, replyUses.versionId))
    .where(eq(replyUses.replyId, replyId))
    .orderBy(desc(replyUses.usedAt), desc(replyUses.id));
  const tally = <K extends string | number>(key: (x: (typeof uses)[number]) => K) => {
    const m = new Map<K, number>();
    for (const x of uses) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
    return m;
  };
  const counts = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  return {
    replyId,
    total: uses.length,
    lastUsedAt: uses[0]?.u.usedAt ?? null,
    byVersion: [...tally((x) => x.version)].map(([version, count]) => ({ version, count })).sort((a, b) => b.version - a.version),
    byPlatform: counts(tally((x) => x.u.platform)),
    byUser: counts(tally((x) => x.u.userName)),
    byDay: [...tally((x) => beijingDay(x.u.usedAt))].map(([key, count]) => ({ key, count })).sort((a, b) => (a.key < b.key ? -1 : 1)),
    recent: uses.slice(0, 50).map(({ u, version }) => ({
      id: u.id,
      version,
      unitKey: u.unitKey,
      platform: u.platform,
      action: u.action,
      permalink: u.permalink,
      finalText: u.finalText,
      userName: u.userName,
      userEmail: u.userEmail,
      usedAt: u.usedAt,
    })),
  };
}
