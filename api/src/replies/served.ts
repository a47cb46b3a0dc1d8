import { createHash } from 'node:crypto';
import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { ApprovedReply, ApprovedReplySet } from '@vigil/shared/schemas/reply';
import type { Db } from '../db/client.ts';
import { replies } from '../db/schema/replies.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { contentOf } from './model.ts';

/**
 * The set staff and the extension may use: approved versions that have not expired at `now`. Its ETag hashes the
 * served version ids (content is immutable per version), so it changes on approve, retire and expiry alike.
 */
export async function approvedSet(db: Db, now: Date): Promise<ApprovedReplySet> {
  const nowIso = now.toISOString();
  const rows = await db
    .select({ v: replyVersions, brand: replies.brand })
    .from(replyVersions)
    .innerJoin(replies, eq(replies.id, replyVersions.replyId))
    .where(and(eq(replyVersions.status, 'approved'), or(isNull(replyVersions.expiresAt), gt(replyVersions.expiresAt, nowIso))))
    .orderBy(asc(replyVersions.replyId));
  const list: ApprovedReply[] = rows.map(({ v, brand }) => ({
    id: v.replyId,
    versionId: v.id,
    version: v.version,
    brand,
    ...contentOf(v),
  }));
  const digest = createHash('sha256').update(list.map((r) => r.versionId).join('\n')).digest('hex').slice(0, 32);
  return { etag: `"replies-${digest}"`, generatedAt: nowIso, replies: list };
}
