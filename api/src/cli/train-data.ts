import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Example } from '@vigil/shared/engine/sentiment-train';
import { lexicon } from '@vigil/shared/engine/sentiment-lexicon';
import { normalizeTerm } from '@vigil/shared/engine/normalize-text';

// Labelled text for `vigil train` (issue 3): CSV/TSV with a header (`label,text`; also the corpora's own column
// names), JSON Lines `{text,label}` and JSON arrays `{content,label}` (SMP2020). Labels: 0/1, negative/neutral/
// positive, or SMP2020 emotions, where angry, sad and fear are negative.

const textColumns = ['text', 'text_a', 'review', 'content', 'sentence'];

function parseDelimited(src: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '' && sep === ',') quoted = true;
    else if (c === sep) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

/** The rows of a CSV or TSV file: a tab in its first line makes it TSV. */
export function delimitedRows(src: string): string[][] {
  return parseDelimited(src, (src.split('\n', 1)[0] ?? '').includes('\t') ? '\t' : ',');
}

/** Where the label and the text stand in `header`; a header without them is refused, saying what it needs. */
export function labelAndText(header: readonly string[], file: string): { li: number; ti: number } {
  const li = header.indexOf('label');
  const ti = header.findIndex((h) => textColumns.includes(h));
  if (li < 0 || ti < 0) {
    const names = textColumns.join('/');
    throw new Error(`${file}: 表头需要 label 列和文本列（${names} 之一）/ the header needs a label column and one of ${names}`);
  }
  return { li, ti };
}

/** The text of `row`: an unquoted text in the last column, split at its commas, is joined again. */
export function textField(row: readonly string[], ti: number, columns: number): string | undefined {
  return row.length > columns && ti === columns - 1 ? row.slice(ti).join(',') : row[ti];
}

export function labelOf(raw: unknown, binaryMeansPositive: boolean): Pick<Example, 'negative' | 'positive'> | null {
  const l = String(raw).trim().toLowerCase();
  if (l === '0' || l === 'negative' || l === 'angry' || l === 'sad' || l === 'fear') return { negative: true, positive: false };
  if (l === '1') return binaryMeansPositive ? { negative: false, positive: true } : { negative: false };
  if (l === 'positive' || l === 'happy') return { negative: false, positive: true };
  if (l === 'neutral' || l === 'surprise') return { negative: false, positive: false };
  return null;
}

// weibo2018's label 1 mixes praise with neutral news: such a post counts as praise for the positive head only when
// it carries a positive emoticon or a praise word of Vigil's lexicon (weak supervision, so emoticons like [哈哈] get
// a weight at all: the SMP2020 texts have none).
const praiseMarkers = [...lexicon.emoticonsPositive, ...lexicon.positive.filter((w) => w.length >= 2)];
const hasPraise = (text: string) => {
  const t = normalizeTerm(text);
  return praiseMarkers.some((m) => t.includes(m));
};

/** Reads one labelled file. */
export function readExamples(file: string): Example[] {
  const src = readFileSync(file, 'utf8');
  const binaryMeansPositive = !basename(file).startsWith('weibo2018');
  const out: Example[] = [];
  const push = (text: unknown, label: unknown) => {
    const l = labelOf(label, binaryMeansPositive);
    if (typeof text !== 'string' || !text.trim() || !l) return;
    if (!binaryMeansPositive && !l.negative && hasPraise(text)) l.positive = true;
    out.push({ text, ...l });
  };
  const trimmed = src.trimStart();
  if (trimmed.startsWith('[')) {
    for (const r of JSON.parse(trimmed) as Record<string, unknown>[]) push(r.text ?? r.content, r.label);
  } else if (trimmed.startsWith('{')) {
    for (const line of src.split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as Record<string, unknown>;
      push(r.text ?? r.content, r.label);
    }
  } else {
    const rows = delimitedRows(src);
    let header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
    if (header.includes('label')) rows.shift();
    // Headerless files: weibo2018 is `mid,label,text`, others `label,text`.
    else header = rows[0] && /^\d{6,}$/.test(rows[0][0] ?? '') ? ['mid', 'label', 'text'] : ['label', 'text'];
    const { li, ti } = labelAndText(header, file);
    for (const r of rows) push(textField(r, ti, header.length), r[li]);
  }
  return out;
}

/** FNV-1a: a stable split that does not depend on file order. */
export function bucket(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100;
}

export interface Dataset {
  name: string;
  train: Example[];
  validation: Example[];
}

/** Domains of the default corpora: the trainer learns one negative expert per domain and a gate between them.
 * Hotel/laptop/book reviews and food-delivery reviews are separate domains: one shared review expert cost
 * ChnSentiCorp 0.3–1.3 points on tuning slices carved from the training data. */
export function domainOf(name: string): string {
  if (name.startsWith('smp2020')) return 'smp';
  if (name === 'weibo2018') return 'weibo';
  if (name === 'waimai') return 'delivery';
  return 'review';
}

/** The default corpora with their held-out splits; weibo_senti_100k is never used (labels come from emoticons). */
export function defaultDatasets(dir: string): Dataset[] {
  const f = (name: string) => `${dir}/${name}`;
  const split = (name: string, all: Example[], pct: number): Dataset => {
    const xs = all.map((x) => ({ ...x, domain: domainOf(name) }));
    return { name, train: xs.filter((x) => bucket(x.text) >= pct), validation: xs.filter((x) => bucket(x.text) < pct) };
  };
  const whole = (name: string, train: Example[], validation: Example[]): Dataset => ({
    name,
    train: train.map((x) => ({ ...x, domain: domainOf(name) })),
    validation,
  });
  const sets: Dataset[] = [];
  if (existsSync(f('weibo2018-train.csv'))) sets.push(split('weibo2018', readExamples(f('weibo2018-train.csv')), 10));
  if (existsSync(f('chnsenticorp-train.tsv')))
    sets.push(whole('chnsenticorp', readExamples(f('chnsenticorp-train.tsv')), readExamples(f('chnsenticorp-dev.tsv'))));
  if (existsSync(f('waimai-10k.csv'))) sets.push(split('waimai', readExamples(f('waimai-10k.csv')), 10));
  if (existsSync(f('smp2020-usual-eval.json'))) sets.push(split('smp2020-usual', readExamples(f('smp2020-usual-eval.json')), 30));
  if (existsSync(f('smp2020-virus-train.json')))
    sets.push(whole('smp2020-virus', readExamples(f('smp2020-virus-train.json')), readExamples(f('smp2020-virus-eval.json'))));
  return heldOut(sets);
}

/** Held out means never trained on: the corpora's own splits repeat texts (338 of the 1 200 ChnSentiCorp dev reviews
 * and 200 of the 1 996 SMP2020 virus eval posts are also in their training files, issue 15), so a validation row whose
 * text is in any training split is not counted. Otherwise the held-out figure is part memory: ChnSentiCorp dev read
 * 92.3 %, of which the repeated reviews 97.3 % and the unseen ones 90.4 %. Training keeps every row. */
export function heldOut(sets: Dataset[]): Dataset[] {
  const key = (t: string) => normalizeTerm(t).replace(/\s+/g, '');
  const trained = new Set(sets.flatMap((s) => s.train.map((x) => key(x.text))));
  return sets.map((s) => ({ ...s, validation: s.validation.filter((x) => !trained.has(key(x.text))) }));
}
