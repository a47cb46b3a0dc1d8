import type { FieldTally } from '@vigil/shared/schemas/adapter-health';
import { HEALTH_FIELD_NAME, MAX_HEALTH_FIELDS } from '@vigil/shared/schemas/adapter-health-fields';
import { tierOf } from './selectors.ts';
import type { SiteAdapter, Unit } from './types.ts';

// Adapter health of one page (issue 12 item 4): per field, how many units had it found by one of the adapter's
// selectors (`primary`), by the structural fallback (`fallback`, matched 'heuristic'), or not at all (`missing`).
// Counts only: nothing of the units' text, authors or links leaves this function.

export interface PageHealth {
  site: string;
  platform: string;
  units: number;
  fields: Record<string, FieldTally>;
}

/** Noted under another name by some adapters: one name per field on the 站点适配 page. */
const aliases: Record<string, string> = { publishedAt: 'time', headline: 'title' };
/** Not fields: where a page's data came from (bilibili's __INITIAL_STATE__ …). */
const notFields = new Set(['state']);

/** The fields every unit has, so a unit without one counts as missing (others, like likes or promoted, are optional). */
const core: Record<string, (u: Unit) => boolean> = {
  text: (u) => u.text.trim() !== '',
  author: (u) => u.author !== undefined,
  time: (u) => u.publishedAt !== undefined,
};

export function tallyUnits(site: Pick<SiteAdapter, 'id' | 'platform'>, units: readonly Unit[]): PageHealth {
  const fields: Record<string, FieldTally> = {};
  const bump = (field: string, k: keyof FieldTally) => {
    if (!HEALTH_FIELD_NAME.test(field)) return;
    if (!fields[field] && Object.keys(fields).length >= MAX_HEALTH_FIELDS) return;
    const t = (fields[field] ??= { primary: 0, fallback: 0, missing: 0 });
    t[k] += 1;
  };
  for (const u of units) {
    const seen = new Set<string>();
    for (const [key, how] of Object.entries(u.debug.matched)) {
      const field = aliases[key] ?? key;
      if (key.startsWith('shown:') || notFields.has(field) || seen.has(field)) continue;
      seen.add(field);
      bump(field, tierOf(how) === 'heuristic' ? 'fallback' : 'primary');
    }
    // A core field the adapter did not note: missing when the unit lacks it (some adapters read it without noting).
    for (const [field, has] of Object.entries(core)) if (!seen.has(field) && !has(u)) bump(field, 'missing');
  }
  return { site: site.id, platform: site.platform, units: units.length, fields };
}
