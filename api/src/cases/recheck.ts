import { eq } from 'drizzle-orm';
import { RecheckNote } from '@vigil/shared/schemas/case';
import { caseRechecks } from '../db/schema/case-rechecks.ts';
import { cases } from '../db/schema/cases.ts';
import { captureRow } from '../evidence/store.ts';
import type { AppDeps, Auth } from '../lib/context.ts';
import { normalizeLink } from './links.ts';
import { addEvent, caseWrite, custodyEntry } from './timeline.ts';

/**
 * A re-check capture (复查, issue 10) joins its case when it arrives: the extension opened a tracked link from the
 * case page and wrote what the site adapter saw (online / deleted / blocked) into the signed manifest's
 * `notes.recheck`. The status is taken from that signed manifest, never from the request. Only legal and admin
 * uploads count (staff cannot see cases); anything else is an ordinary capture.
 */
export async function linkRecheck(deps: AppDeps, auth: Auth, captureId: string): Promise<boolean> {
  if (auth.user.role !== 'legal' && auth.user.role !== 'admin') return false;
  const capture = await captureRow(deps.db, captureId);
  if (!capture) return false;
  let note: RecheckNote;
  try {
    const parsed = RecheckNote.safeParse((JSON.parse(new TextDecoder().decode(capture.manifest)) as { notes?: { recheck?: unknown } }).notes?.recheck);
    if (!parsed.success) return false;
    note = parsed.data;
  } catch {
    return false;
  }
  const [kase] = await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.id, note.caseId)).limit(1);
  if (!kase) return false;
  const url = normalizeLink(note.url);
  await caseWrite(deps, async (tx) => {
    const [seen] = await tx.select().from(caseRechecks).where(eq(caseRechecks.captureId, captureId)).limit(1);
    if (seen) return;
    const detail = { caseId: kase.id, url, status: note.status, ...(note.message ? { message: note.message } : {}) };
    await addEvent(tx, deps, kase.id, auth.user.id, { kind: 'recheck', captureId, detail, log: custodyEntry(deps, captureId, auth.user.id, 'rechecked', detail) });
    await tx.insert(caseRechecks).values({ caseId: kase.id, captureId, url, status: note.status, message: note.message ?? null, checkedAt: capture.receivedAt });
  });
  return true;
}
