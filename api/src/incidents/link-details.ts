import { inArray } from 'drizzle-orm';
import type { IncidentLinkDetail } from '@vigil/shared/schemas/incident';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/alerts.ts';
import { captures } from '../db/schema/captures.ts';
import { cases } from '../db/schema/cases.ts';
import { mentions } from '../db/schema/mentions.ts';
import { replyVersions } from '../db/schema/reply-versions.ts';

// What each of an incident's links is, in words a PR lead reads (issue 11): the incident page listed
// `预警：-5clXGJ…` and `提及：demo:surge:0`, so nobody could tell which post or alert the incident was about without
// opening the database. A link whose row is gone keeps its bare ref (no detail).

const SNIPPET = 140;
const snippet = (s: string) => (s.length > SNIPPET ? `${s.slice(0, SNIPPET)}…` : s);
/** A post's address from a browser report: only http(s) ever becomes a link in the workspace. */
const webUrl = (u: string | null | undefined) => (u && /^https?:\/\//i.test(u) ? u : undefined);
const key = (kind: string, ref: string) => `${kind}:${ref}`;

export async function linkDetails(db: Db, links: ReadonlyArray<{ kind: string; ref: string }>): Promise<Map<string, IncidentLinkDetail>> {
  const refs = (kind: string) => [...new Set(links.filter((l) => l.kind === kind).map((l) => l.ref))];
  const when = <T>(ids: string[], q: () => Promise<T[]>) => (ids.length ? q() : Promise.resolve([] as T[]));
  const [m, a, c, k, v] = [refs('mention'), refs('alert'), refs('capture'), refs('case'), refs('reply_version')];
  const [mentionRows, alertRows, captureRows, caseRows, versionRows] = await Promise.all([
    when(m, () => db.select({ unitKey: mentions.unitKey, text: mentions.text, platform: mentions.platform, level: mentions.level, correctedLevel: mentions.correctedLevel, permalink: mentions.permalink, url: mentions.url, firstSeenAt: mentions.firstSeenAt, category: mentions.category }).from(mentions).where(inArray(mentions.unitKey, m))),
    when(a, () => db.select({ id: alerts.id, rule: alerts.rule, scope: alerts.scope, hour: alerts.hour, level: alerts.level, explanation: alerts.explanation, explanationEn: alerts.explanationEn }).from(alerts).where(inArray(alerts.id, a))),
    when(c, () => db.select({ id: captures.id, title: captures.title, url: captures.url, platform: captures.platform, startedAt: captures.startedAt }).from(captures).where(inArray(captures.id, c))),
    when(k, () => db.select({ id: cases.id, number: cases.number, title: cases.title }).from(cases).where(inArray(cases.id, k))),
    when(v, () => db.select({ id: replyVersions.id, title: replyVersions.title, version: replyVersions.version }).from(replyVersions).where(inArray(replyVersions.id, v))),
  ]);
  const out = new Map<string, IncidentLinkDetail>();
  for (const r of mentionRows) {
    out.set(key('mention', r.unitKey), {
      text: snippet(r.text), platform: r.platform, level: r.correctedLevel ?? r.level, at: r.firstSeenAt, url: webUrl(r.permalink) ?? webUrl(r.url),
      ...(r.category ? { category: r.category } : {}),
    });
  }
  for (const r of alertRows) {
    out.set(key('alert', r.id), { text: r.explanation, textEn: r.explanationEn ?? undefined, rule: r.rule, level: r.level, at: r.hour, ...(r.rule === 'category' && r.scope ? { category: r.scope } : {}) });
  }
  for (const r of captureRows) out.set(key('capture', r.id), { text: snippet(r.title || r.url), platform: r.platform ?? undefined, at: r.startedAt, url: webUrl(r.url) });
  for (const r of caseRows) out.set(key('case', r.id), { text: `${r.number} ${r.title}` });
  for (const r of versionRows) out.set(key('reply_version', r.id), { text: `${r.title}（v${r.version}）`, textEn: `${r.title} (v${r.version})` });
  return out;
}
