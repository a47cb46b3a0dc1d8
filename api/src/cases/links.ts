import { asc, eq } from 'drizzle-orm';
import type { CaptureSummary } from '@vigil/shared/schemas/capture';
import type { TrackedLink } from '@vigil/shared/schemas/case';
import type { Db } from '../db/client.ts';
import { caseRechecks } from '../db/schema/case-rechecks.ts';

/**
 * The links a case tracks for takedown (复查, issue 10): each captured post's permalink (a unit capture's page may be a
 * feed; the post is what must come down), else the captured page, with the latest re-check of it.
 */
export function linkOf(c: Pick<CaptureSummary, 'permalink' | 'url'>): string {
  return normalizeLink(c.permalink ?? c.url);
}

/**
 * The same post whatever fragment it was opened with (the case page adds #vigil-recheck=…) and over http or https
 * (the platforms redirect one to the other).
 */
export function normalizeLink(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    if (u.protocol === 'http:') u.protocol = 'https:';
    return u.href;
  } catch {
    return url;
  }
}

export async function trackedLinks(db: Db, caseId: string, members: { captureId: string; url: string }[]): Promise<TrackedLink[]> {
  const links = new Map<string, TrackedLink>();
  for (const m of members) {
    const l = links.get(m.url) ?? { url: m.url, captureIds: [], status: 'unchecked', message: null, checkedAt: null, recheckCaptureId: null };
    l.captureIds.push(m.captureId);
    links.set(m.url, l);
  }
  const checks = await db.select().from(caseRechecks).where(eq(caseRechecks.caseId, caseId)).orderBy(asc(caseRechecks.checkedAt));
  for (const r of checks) {
    const l = links.get(r.url) ?? { url: r.url, captureIds: [], status: 'unchecked', message: null, checkedAt: null, recheckCaptureId: null };
    Object.assign(l, { status: r.status, message: r.message, checkedAt: r.checkedAt.toISOString(), recheckCaptureId: r.captureId });
    links.set(r.url, l);
  }
  return [...links.values()];
}
