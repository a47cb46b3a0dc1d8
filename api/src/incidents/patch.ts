import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { IncidentPatch } from '@vigil/shared/schemas/incident';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { incidentLinks } from '../db/schema/incident-links.ts';
import { incidents } from '../db/schema/incidents.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';
import { errors } from '../lib/errors.ts';
import { notDismissed } from '../monitoring/alert-dismissal.ts';
import { deadlinesFor } from '../monitoring/deadlines.ts';
import { settingsFor } from '../monitoring/settings.ts';
import { linkDetails } from './link-details.ts';
import { alertPostKeys, checkOwner, eventWrites, type IncidentRow } from './store.ts';

type Patch = z.output<typeof IncidentPatch>;

/**
 * Applies one PATCH as one batch: the row, a timeline event per change (level changes name from and to) and the
 * audit events. A level change re-derives the deadlines from the opening time, keeping those already met;
 * closing needs 复盘 notes (the response plan's last step). An unlinked alert is free again (一键立案, 并入事件,
 * 忽略); the posts it brought stay linked until taken off one by one.
 */
export async function patchIncident(db: Db, row: IncidentRow, p: Patch, actorId: string, now: Date): Promise<void> {
  const at = now.toISOString();
  const set: Partial<typeof incidents.$inferInsert> = { updatedAt: at };
  const events: [string, Record<string, unknown>][] = [];
  if (p.title !== undefined && p.title !== row.title) {
    set.title = p.title;
    events.push(['retitled', { from: row.title, to: p.title }]);
  }
  if (p.level !== undefined && p.level !== row.level) {
    set.level = p.level;
    set.deadlines = deadlinesFor(p.level, row.openedAt, await settingsFor(db, row.brand), row.deadlines);
    events.push(['level_changed', { from: row.level, to: p.level }]);
  }
  if (p.ownerId !== undefined && p.ownerId !== row.ownerId) {
    const owner = p.ownerId ? await checkOwner(db, p.ownerId) : null;
    set.ownerId = p.ownerId;
    // The new owner's name as it was: the timeline must read the same after a rename or a departure.
    events.push(['owner_changed', { from: row.ownerId, to: p.ownerId, ...(owner ? { toName: owner.name } : {}) }]);
  }
  if (p.checklist) {
    const list = row.checklist.map((item) => {
      const want = p.checklist?.[item.key];
      if (want === undefined || want === !!item.doneAt) return item;
      events.push(['checklist', { key: item.key, done: want }]);
      return want ? { ...item, doneAt: at, doneBy: actorId } : { ...item, doneAt: null, doneBy: null };
    });
    set.checklist = list;
  }
  if (p.deadlineMet) {
    const base = set.deadlines ?? row.deadlines;
    if (!base.some((d) => d.kind === p.deadlineMet!.kind)) throw errors.badRequest('该事件没有此时限 / No such deadline', 'deadline_not_found');
    const metAt = p.deadlineMet.at ? new Date(p.deadlineMet.at).toISOString() : at;
    set.deadlines = base.map((d) => (d.kind === p.deadlineMet!.kind ? { ...d, metAt } : d));
    events.push(['deadline_met', { kind: p.deadlineMet.kind, at: metAt }]);
  }
  if (p.review !== undefined) {
    set.review = p.review;
    events.push(['review', { length: p.review.length }]);
  }
  if (p.note) events.push(['note', { text: p.note }]);
  if (p.status !== undefined && p.status !== row.status) {
    if (p.status === 'closed') {
      if (!(p.review ?? row.review)?.trim()) throw errors.badRequest('结案前请填写复盘 / Write the 复盘 (review) before closing', 'review_required');
      set.closedAt = at;
    } else set.closedAt = null;
    set.status = p.status;
    events.push([p.status === 'closed' ? 'closed' : 'reopened', {}]);
  }
  const link = p.link;
  // A holding statement is an approved 口径: a draft or a retired version would be said without approval.
  if (link?.kind === 'reply_version') {
    const [v] = await db.select({ status: replyVersions.status }).from(replyVersions).where(eq(replyVersions.id, link.ref)).limit(1);
    if (!v) throw errors.badRequest('未找到该口径版本 / No such reply version', 'reply_not_found');
    if (v.status !== 'approved') throw errors.badRequest('只能关联已批准的口径 / Only an approved reply version can be linked', 'reply_not_approved');
  }
  // An alert joins the incident as on opening from it: it points back at the incident, and its top posts are linked.
  const alertWrites = link?.kind === 'alert' ? await joinAlert(db, row, link.ref, at, actorId) : [];
  if (link) events.push(['linked', { kind: link.kind, ref: link.ref }]);
  const unlinks = p.unlink ? await unlinkWrites(db, row, p.unlink, events) : [];
  await db.batch([
    db.update(incidents).set(set).where(eq(incidents.id, row.id)),
    ...(link ? [db.insert(incidentLinks).values({ incidentId: row.id, kind: link.kind, ref: link.ref, linkedAt: at, linkedBy: actorId }).onConflictDoNothing()] : []),
    ...alertWrites,
    ...unlinks,
    ...events.flatMap(([type, detail]) => eventWrites(db, row.id, at, actorId, type, detail)),
  ]);
}

/** An alert of the incident's brand that no other incident holds (one alert, one incident, as on opening). */
async function joinAlert(db: Db, row: IncidentRow, alertId: string, at: string, actorId: string) {
  const alert = await db.query.alerts.findFirst({ where: eq(alerts.id, alertId) });
  if (!alert) throw errors.notFound('未找到该预警 / No such alert', 'alert_not_found');
  if (alert.incidentId && alert.incidentId !== row.id) throw errors.conflict(`该预警已关联事件 / This alert already has incident ${alert.incidentId}`, 'alert_has_incident');
  if (alert.brand !== row.brand) throw errors.badRequest(`该预警属于品牌「${alert.brand}」，不能并入「${row.brand}」的事件 / The alert is of another brand`, 'alert_other_brand');
  const posts = alertPostKeys(alert);
  return [
    db.update(alerts).set({ incidentId: row.id, ...notDismissed }).where(eq(alerts.id, alert.id)),
    ...posts.map((ref) => db.insert(incidentLinks).values({ incidentId: row.id, kind: 'mention', ref, linkedAt: at, linkedBy: actorId }).onConflictDoNothing()),
  ];
}

/**
 * Taking a link off: the timeline keeps what it was in words (the post's text, the alert's sentence), since the
 * link that would name it is gone. An alert stops pointing at the incident.
 */
async function unlinkWrites(db: Db, row: IncidentRow, unlink: NonNullable<Patch['unlink']>, events: [string, Record<string, unknown>][]) {
  const where = and(eq(incidentLinks.incidentId, row.id), eq(incidentLinks.kind, unlink.kind), eq(incidentLinks.ref, unlink.ref));
  const [held] = await db.select({ ref: incidentLinks.ref }).from(incidentLinks).where(where).limit(1);
  if (!held) throw errors.notFound('该事件没有此关联 / The incident has no such link', 'link_not_found');
  const words = (await linkDetails(db, [unlink])).get(`${unlink.kind}:${unlink.ref}`)?.text;
  events.push(['unlinked', { kind: unlink.kind, ref: unlink.ref, ...(words ? { words } : {}) }]);
  return [
    db.delete(incidentLinks).where(where),
    ...(unlink.kind === 'alert' ? [db.update(alerts).set({ incidentId: null }).where(and(eq(alerts.id, unlink.ref), eq(alerts.incidentId, row.id)))] : []),
  ];
}
