import { signal } from '@preact/signals';
import type { ReplyUse } from '@vigil/shared/schemas/reply-use';
import type { TabUnit } from '../storage.ts';
import type { SuggestionView } from './suggest.ts';
import type { InsertResponse, SuggestResponse, UseResponse } from './types.ts';

/** How the side panel reaches the background, the tab and the clipboard; tests hand in their own. */
export interface ReplyTransport {
  suggest(tabId: number, key: string): Promise<SuggestResponse>;
  insert(tabId: number, key: string, text: string): Promise<InsertResponse>;
  copy(text: string): Promise<void>;
  logUse(use: ReplyUse): Promise<UseResponse>;
  newId(): string;
  now(): Date;
}

export interface UnitReplies {
  loading: boolean;
  source?: SuggestResponse['source'];
  offline?: boolean;
  suggestions: SuggestionView[];
  /** The text as the user edited it, by version id. */
  edited: Record<string, string>;
  /** The outcome of the last copy/insert, by version id. */
  status: Record<string, { ok: boolean; message: string }>;
}

export type ReplyOutcome = 'copied' | 'inserted' | 'copyFailed' | 'refused' | string;

/** Suggestions per unit of the shown tab (issue 5): load, edit, copy or insert, and log every use. */
export function createReplySuggestionsModel(transport: ReplyTransport, tabId: () => number | null) {
  const byKey = signal<Record<string, UnitReplies>>({});
  const patch = (key: string, change: (u: UnitReplies) => UnitReplies) => {
    const current = byKey.value[key] ?? { loading: false, suggestions: [], edited: {}, status: {} };
    byKey.value = { ...byKey.value, [key]: change(current) };
  };

  async function load(unit: TabUnit) {
    const tab = tabId();
    if (tab === null) return;
    patch(unit.key, (u) => ({ ...u, loading: true }));
    try {
      const res = await transport.suggest(tab, unit.key);
      patch(unit.key, (u) => ({ ...u, loading: false, source: res.source, offline: res.offline === true, suggestions: res.suggestions }));
    } catch {
      patch(unit.key, (u) => ({ ...u, loading: false, suggestions: [] }));
    }
  }

  const edit = (key: string, versionId: string, text: string) => patch(key, (u) => ({ ...u, edited: { ...u.edited, [versionId]: text } }));
  const textOf = (key: string, s: SuggestionView) => byKey.value[key]?.edited[s.versionId] ?? s.text;
  const setStatus = (key: string, versionId: string, ok: boolean, message: ReplyOutcome) =>
    patch(key, (u) => ({ ...u, status: { ...u.status, [versionId]: { ok, message } } }));

  /** Copies or inserts the (edited) text, then logs the use; a refused use says the reply is no longer valid. */
  async function use(unit: TabUnit, s: SuggestionView, action: 'copy' | 'insert') {
    const tab = tabId();
    const text = textOf(unit.key, s);
    if (action === 'copy') {
      try {
        await transport.copy(text);
        setStatus(unit.key, s.versionId, true, 'copied');
      } catch {
        setStatus(unit.key, s.versionId, false, 'copyFailed');
        return;
      }
    } else {
      if (tab === null) return;
      const res = await transport.insert(tab, unit.key, text).catch((err: unknown) => ({ inserted: false, reason: err instanceof Error ? err.message : String(err) }));
      if (!res.inserted) {
        setStatus(unit.key, s.versionId, false, ('code' in res && res.code) || res.reason || 'noBox');
        return;
      }
      setStatus(unit.key, s.versionId, true, 'inserted');
    }
    const id = transport.newId();
    const logged = await transport.logUse({
      id, versionId: s.versionId, unitKey: unit.key, platform: unit.platform, action, permalink: unit.permalink ?? null, finalText: text,
      usedAt: transport.now().toISOString(),
    }).catch(() => null);
    if (logged?.refused.some((r) => r.id === id)) setStatus(unit.key, s.versionId, false, 'refused');
  }

  return { byKey, load, edit, textOf, use };
}
export type ReplySuggestionsModel = ReturnType<typeof createReplySuggestionsModel>;
