import { existsSync, readdirSync } from 'node:fs';
import { bucket, readExamples, type Dataset } from './train-data.ts';

// English labelled text for `vigil train` (issue 15). SST-2's training file holds 67 k phrases cut from ~6 900
// sentences, so a split by phrase would hold out phrases whose parent sentence (and siblings) are trained on.
// Held out instead: 10 % of the whole sentences (phrases no other phrase contains) by text hash, and every phrase
// that is a part of a held-out sentence is dropped from training. What is measured is sentence-level accuracy on
// sentences the model never saw any piece of, like a test set of short review sentences.

function spans(text: string, proper: boolean, into: Set<string>): void {
  const w = text.split(' ');
  for (let i = 0; i < w.length; i++)
    for (let j = i + 1; j <= w.length; j++) if (!proper || j - i < w.length) into.add(w.slice(i, j).join(' '));
}

export function sst2Dataset(file: string, name = 'sst2'): Dataset {
  const rows = readExamples(file).map((x) => ({ ...x, text: x.text.trim().replace(/\s+/g, ' ') }));
  const parts = new Set<string>();
  for (const r of rows) spans(r.text, true, parts);
  const validation = rows.filter((r) => !parts.has(r.text) && bucket(r.text) < 10);
  parts.clear();
  for (const r of validation) spans(r.text, false, parts);
  return { name, train: rows.filter((r) => !parts.has(r.text)), validation };
}

/** SST-2's training file split as above, plus any English dev/test file beside it (evaluated, never trained on). */
export function englishDatasets(dir: string): Dataset[] {
  const sets: Dataset[] = [];
  if (existsSync(`${dir}/sst2-train.tsv`)) sets.push(sst2Dataset(`${dir}/sst2-train.tsv`));
  for (const f of readdirSync(dir).sort())
    if (/^(sst2|en)[-\w]*-(dev|test|validation)\.(tsv|csv|jsonl?)$/.test(f))
      sets.push({ name: f.replace(/\.\w+$/, ''), train: [], validation: readExamples(`${dir}/${f}`) });
  return sets;
}
