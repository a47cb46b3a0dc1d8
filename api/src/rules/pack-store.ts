import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { RulePack, RulesSettings, type BrandRule, type RulePackImport, type RiskTerm } from '@vigil/shared/schemas/rules';
import type { Db } from '../db/client.ts';
import { brands } from '../db/schema/brands.ts';
import { meta } from '../db/schema/meta.ts';
import { riskTerms } from '../db/schema/risk-terms.ts';
import { errors } from '../lib/errors.ts';
import { newId } from '../lib/secrets.ts';

// The rule pack as stored (issue 3): brands and risk terms as rows, pack-wide settings in `meta`. The pack's
// version is a digest of its content, so it changes exactly when a brand, term or setting changes, whichever API
// process made the change, and it is the ETag the extension revalidates with.

const SETTINGS_KEY = 'rules.settings';

export async function readSettings(db: Db): Promise<RulesSettings> {
  const row = await db.query.meta.findFirst({ where: eq(meta.key, SETTINGS_KEY) });
  return RulesSettings.parse(row ? JSON.parse(row.value) : {});
}

export function settingsWrite(db: Db, settings: RulesSettings) {
  const value = JSON.stringify(settings);
  return db.insert(meta).values({ key: SETTINGS_KEY, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
}

export function packVersion(pack: Omit<RulePack, 'version'>): string {
  const digest = createHash('sha256').update(JSON.stringify(pack)).digest('hex');
  return `r-${digest.slice(0, 16)}`;
}

export async function currentPack(db: Db): Promise<RulePack> {
  const [brandRows, termRows, settings] = await Promise.all([
    db.select().from(brands).orderBy(asc(brands.name)),
    db.select().from(riskTerms).orderBy(asc(riskTerms.term)),
    readSettings(db),
  ]);
  const content = {
    brands: brandRows.map((b) => ({
      name: b.name,
      aliases: b.aliases,
      excludes: b.excludes,
      people: b.people,
      ...(b.terms.length ? { terms: b.terms } : {}),
      ...(b.ownAccounts.length ? { ownAccounts: b.ownAccounts } : {}),
    })),
    riskTerms: termRows.map((t) => ({ term: t.term, category: t.category as RiskTerm['category'], weight: t.weight })),
    newsHosts: settings.newsHosts,
    ...(settings.levels ? { levels: settings.levels } : {}),
    ...(settings.near ? { near: settings.near } : {}),
  };
  return { version: packVersion(content), ...content };
}

export function brandValues(b: BrandRule, now: string) {
  return { name: b.name, aliases: b.aliases, excludes: b.excludes, people: b.people, terms: b.terms ?? [], ownAccounts: b.ownAccounts ?? [], updatedAt: now };
}

/** Replaces the whole pack in one batch: either every row of the new pack is stored or nothing changes. */
export async function replacePack(db: Db, input: RulePackImport, now: Date): Promise<RulePack> {
  const pack = RulePack.parse({ ...input, version: input.version ?? 'import' });
  const ts = now.toISOString();
  const names = new Set<string>();
  for (const b of pack.brands) {
    if (names.has(b.name)) throw errors.badRequest(`品牌重复 / duplicate brand: ${b.name}`, 'duplicate_brand');
    names.add(b.name);
  }
  const terms = new Map(pack.riskTerms.map((t) => [t.term, t]));
  const brandRows = pack.brands.map((b) => ({ id: newId(), createdAt: ts, ...brandValues(b, ts) }));
  const termRows = [...terms.values()].map((t) => ({ id: newId(), ...t, createdAt: ts, updatedAt: ts }));
  const chunk = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
  await db.batch([
    db.delete(brands),
    db.delete(riskTerms),
    ...chunk(brandRows, 100).map((rows) => db.insert(brands).values(rows)),
    ...chunk(termRows, 500).map((rows) => db.insert(riskTerms).values(rows)),
    settingsWrite(db, { newsHosts: pack.newsHosts, levels: pack.levels, near: pack.near }),
  ]);
  return currentPack(db);
}
