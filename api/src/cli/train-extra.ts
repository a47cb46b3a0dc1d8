import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Example } from '@vigil/shared/engine/sentiment-train';
import { normalizeTerm } from '@vigil/shared/engine/normalize-text';
import { bucket, delimitedRows, labelAndText, labelOf, textField, type Dataset } from './train-data.ts';

// `vigil train --extra-reviews FILE` (issue 15, fifth round): more labelled product reviews, such as SophonPlus's
// online_shopping_10_cats.csv (`cat,label,review`), added as a dataset of its own. Never committed (no licence to
// redistribute). Two filters keep it from leaking into any figure:
// - categories that ChnSentiCorp was built from (hotel, computer, book reviews) are dropped whole: they may hold the
//   held-out reviews or a public test split of the same sources;
// - a row whose text, without whitespace and punctuation, equals a held-out text of any dataset or shares a
//   15-character stretch with one is dropped (a review quoted into another, or re-posted with other punctuation).
// 10 % of what is left (by text hash, as waimai) is held out as its own validation split.

export const excludedCategories = ['酒店', '计算机', '书籍'];
const window = 15;

export interface ExtraReport {
  file: string;
  rows: number;
  droppedCategory: number;
  droppedHeldOut: number;
  kept: number;
}

const bare = (t: string) => normalizeTerm(t).replace(/[\s\p{P}\p{S}]/gu, '');

/** Every held-out text, bare, and its 15-character windows. */
function heldOutIndex(sets: Dataset[]) {
  const whole = new Set<string>();
  const windows = new Set<string>();
  for (const s of sets)
    for (const x of s.validation) {
      const t = bare(x.text);
      whole.add(t);
      for (let i = 0; i + window <= t.length; i++) windows.add(t.slice(i, i + window));
    }
  return (text: string) => {
    const t = bare(text);
    if (whole.has(t)) return true;
    for (let i = 0; i + window <= t.length; i++) if (windows.has(t.slice(i, i + window))) return true;
    return false;
  };
}

/** Reads FILE (CSV/TSV with `label`, a text column such as `review`, optional `cat`) into a dataset whose rows train `domain`
 * (`none`: only the all-data heads, no expert). */
export function extraReviews(file: string, sets: Dataset[], domain: string, weight = 1): { set: Dataset; report: ExtraReport } {
  const src = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const rows = delimitedRows(src);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const { li, ti } = labelAndText(header, file);
  const ci = header.indexOf('cat');
  const seen = heldOutIndex(sets);
  const report: ExtraReport = { file, rows: 0, droppedCategory: 0, droppedHeldOut: 0, kept: 0 };
  const xs: Example[] = [];
  for (const r of rows) {
    const text = textField(r, ti, header.length);
    const l = labelOf(r[li], true);
    if (!text?.trim() || !l) continue;
    report.rows++;
    if (ci >= 0 && excludedCategories.includes((r[ci] ?? '').trim())) report.droppedCategory++;
    else if (seen(text)) report.droppedHeldOut++;
    else xs.push({ text, ...l, extra: true, ...(domain !== 'none' ? { domain } : {}), ...(weight !== 1 ? { weight } : {}) });
  }
  report.kept = xs.length;
  const name = basename(file).replace(/\.[^.]+$/, '');
  return { set: { name, train: xs.filter((x) => bucket(x.text) >= 10), validation: xs.filter((x) => bucket(x.text) < 10) }, report };
}
