import type { PackInfo } from './types.ts';

// News sites (issue 4): the flagging content script runs on the rule pack's `newsHosts`, but only on those the
// user granted host access to (asked from the settings page: `requestNewsHosts`). The hosts change with the pack,
// so the script is registered at run time instead of in the manifest. Any other page can be scanned on demand
// from the side panel (扫描此页) with the activeTab grant.

export const NEWS_SCRIPT_ID = 'flag-news';
export const CONTENT_SCRIPT_FILE = 'content-scripts/mentions.js';

/** A pack host and its subdomains: sina.com.cn covers finance.sina.com.cn (issue 12). */
export const originsOf = (hosts: readonly string[]) => hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);

/** Asks for access to every news host of the pack (needs a user gesture: call from a settings click). */
export function requestNewsHosts(info: PackInfo): Promise<boolean> {
  return chrome.permissions.request({ origins: originsOf(info.pack.newsHosts) });
}

/** (Re-)registers the content script on the news hosts the user has granted. */
export async function syncNewsScripts(info: PackInfo): Promise<string[]> {
  if (!chrome.scripting?.registerContentScripts) return [];
  const granted: string[] = [];
  for (const host of info.pack.newsHosts) {
    if (await chrome.permissions.contains({ origins: originsOf([host]) }).catch(() => false)) granted.push(host);
  }
  await chrome.scripting.unregisterContentScripts({ ids: [NEWS_SCRIPT_ID] }).catch(() => {});
  if (granted.length > 0) {
    await chrome.scripting.registerContentScripts([
      { id: NEWS_SCRIPT_ID, matches: originsOf(granted), js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

/** 扫描此页: flag any page once (activeTab), reading it as a news article when no platform adapter applies. */
export async function scanPage(tabId: number): Promise<{ ok: boolean; reason?: string }> {
  try {
    await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as unknown as { __flagOnDemand?: boolean }).__flagOnDemand = true;
      },
    });
    await chrome.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return { ok: true };
  } catch (err) {
    // No activeTab grant (the panel was not opened from this tab) or a page extensions may not touch.
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
