import { computed, signal } from '@preact/signals';
import { coveringHost, originsOf, packHosts } from '../sites/news-hosts.ts';
import type { PackInfo } from './types.ts';

// One click grants the rule pack's news hosts (issue 12): the settings page lists them with what each covers and
// whether it is granted; the side panel shows a banner on a news page not granted yet. Both call `grant` straight
// from the click handler: the browser shows its prompt only during a user gesture, so the request is the first
// thing `grant` does, before any await.

export interface NewsAccessTransport {
  pack(): Promise<PackInfo>;
  /** Which of these hosts (and their subdomains) the extension may read now. */
  granted(hosts: string[]): Promise<string[]>;
  /** chrome.permissions.request; must run inside the click's user gesture. */
  request(origins: string[]): Promise<boolean>;
  /** Registers the news script and flags the news tabs already open (background `news:enable`). */
  enable(): Promise<{ granted: string[]; flagged: number }>;
  /** Calls back when permissions or the rule pack change; returns the unsubscribe. */
  watch(callback: () => void): () => void;
}

export type GrantStatus = 'idle' | 'asking' | 'granted' | 'refused' | 'failed';

export function createNewsAccessModel(transport: NewsAccessTransport) {
  const hosts = signal<string[]>([]);
  const granted = signal<string[]>([]);
  const status = signal<GrantStatus>('idle');
  /** Open tabs flagged right after the grant, without a reload. */
  const flagged = signal(0);
  const missing = computed(() => hosts.value.filter((h) => !granted.value.includes(h)));

  async function load() {
    const info = await transport.pack().catch(() => null);
    hosts.value = packHosts(info?.pack.newsHosts ?? []);
    granted.value = await transport.granted(hosts.value).catch(() => []);
  }

  /** Call from the click handler itself. Asks for every news host of the pack and their subdomains. */
  function grant(): Promise<void> {
    const asked = transport.request(originsOf(hosts.value));
    status.value = 'asking';
    return asked.then(
      async (ok) => {
        if (!ok) {
          status.value = 'refused';
          return;
        }
        const r = await transport.enable().catch(() => null);
        flagged.value = r?.flagged ?? 0;
        await load();
        status.value = 'granted';
      },
      () => {
        status.value = 'failed';
      },
    );
  }

  /** The pack host covering `url` when it is not granted yet: the side panel's banner shows for it. */
  const ungrantedHostOf = (url: string | undefined): string | null => {
    const host = url ? coveringHost(url, hosts.value) : null;
    return host && !granted.value.includes(host) ? host : null;
  };

  return {
    hosts, granted, missing, status, flagged, load, grant, ungrantedHostOf,
    /** Loads now and again on every permission or pack change, until `signal` aborts. */
    start(abort: AbortSignal) {
      const stop = transport.watch(() => void load());
      abort.addEventListener('abort', stop, { once: true });
      return load();
    },
  };
}
export type NewsAccessModel = ReturnType<typeof createNewsAccessModel>;
