import { decodeBase64, encodeBase64 } from './base64.ts';

// How a sentiment head's int8 weights are stored in the model JSON (issues 3, 15). Heads quantised to at most ±46
// levels (all the shipped ones: ±31 sentiment heads, ±7 gates) are stored as text, one printable ASCII character per
// weight (`q`); wider heads as base64 of the int8 bytes (`w`). Base64 spreads each weight over character boundaries,
// so gzip finds fewer repeats: one character per weight made the shipped Chinese model 105 KB (11 %) smaller gzipped.

export interface HeadJson {
  bias: number;
  /** weight = integer · scale */
  scale: number;
  /** base64 of int8, one per feature (vocabulary, then lexicon classes). */
  w?: string;
  /** One character per feature: `textDigits[v + 46]` is the integer v in −46..46. */
  q?: string;
}

/** Printable ASCII without `"` and `\`, which JSON would escape: 93 characters for −46..46. */
const textDigits = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).filter((c) => c !== '"' && c !== '\\').join('');
export const textLevels = (textDigits.length - 1) / 2;
/** Character code → integer, for reading `q`. */
const textValue = new Int8Array(128);
for (let i = 0; i < textDigits.length; i++) textValue[textDigits.charCodeAt(i)] = i - textLevels;

export function encodeHeadValues(bias: number, scale: number, values: Int8Array): HeadJson {
  if (values.every((v) => Math.abs(v) <= textLevels)) {
    let q = '';
    for (const v of values) q += textDigits[v + textLevels];
    return { bias, scale, q };
  }
  return { bias, scale, w: encodeBase64(new Uint8Array(values.buffer, values.byteOffset, values.length)) };
}

/** The integers of a head, whichever way it is stored. */
export function headValues(h: HeadJson): Int8Array {
  if (h.q !== undefined) {
    const out = new Int8Array(h.q.length);
    for (let i = 0; i < h.q.length; i++) out[i] = textValue[h.q.charCodeAt(i)]!;
    return out;
  }
  const bytes = decodeBase64(h.w ?? '');
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
