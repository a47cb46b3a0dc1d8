import type { Lang } from './vocabulary.ts';

export type Params = Readonly<Record<string, string | number>>;

/** `{name}` in a message is replaced by `params.name`; an unknown name stays as written, so a gap shows. */
export const fill = (message: string, params: Params = {}): string =>
  message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

export interface Dictionary<K extends string> {
  (lang: Lang, key: K, params?: Params): string;
  /** Whether `key` is one of this table's (API values such as event or status names that may have a label). */
  has(key: string): key is K;
}

/**
 * The one translation helper (issue 9 item 4): a Chinese table and an English table with the same keys (the
 * compiler holds them together), looked up per language. UIs bind their own language signal:
 * `const ct = (key: CaptureText, params?: Params) => captureText(lang.value, key, params)`.
 */
export function dictionary<K extends string>(zh: Readonly<Record<K, string>>, en: Readonly<Record<K, string>>): Dictionary<K> {
  const tables: Record<Lang, Readonly<Record<K, string>>> = { zh, en };
  const lookup = (lang: Lang, key: K, params?: Params) => fill(tables[lang][key], params);
  return Object.assign(lookup, { has: (key: string): key is K => Object.hasOwn(zh, key) });
}

/** API messages read "中文 / English": the half in `lang`, or the whole message when it has no halves. */
export function localMessage(message: string, lang: Lang): string {
  const [zhPart, enPart] = message.split(' / ');
  return (lang === 'en' ? enPart : zhPart)?.trim() || message;
}
