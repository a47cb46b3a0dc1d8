import { lang } from '../i18n.ts';
import type { Item, Settings } from '../storage.ts';

/**
 * Keeps the UI language (`lang` signal) in step with settings, across every open extension page, until `signal`
 * aborts; `toggle` switches zh ⇄ en and saves the choice.
 */
export function createLanguageModel(settings: Item<Settings>, signal: AbortSignal) {
  void settings.get().then((s) => {
    lang.value = s.lang;
  });
  const unwatch = settings.watch((s) => {
    lang.value = s.lang;
  });
  signal.addEventListener('abort', unwatch, { once: true });

  async function toggle() {
    const next = lang.value === 'zh' ? 'en' : 'zh';
    lang.value = next;
    const current = await settings.get();
    await settings.set({ ...current, lang: next });
  }
  return { lang, toggle };
}
export type LanguageModel = ReturnType<typeof createLanguageModel>;
