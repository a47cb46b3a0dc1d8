import { isRestrictedUrl, originsOf, packHosts } from '../sites/news-hosts.ts';
import type { ScanFailure } from './empty-reason.ts';
import type { PackInfo } from './types.ts';

// News sites (issues 4, 12): the flagging content script runs on the rule pack's `newsHosts` and their subdomains,
// but only on those the user granted host access to (one click in the settings page or the side panel banner:
// news-access.ts). The hosts change with the pack, so the script is registered at run time instead of in the
// manifest. Any other page can be scanned on demand from the side panel (扫描此页) with the activeTab grant.

export const NEWS_SCRIPT_ID = 'flag-news';
export const CONTENT_SCRIPT_FILE = 'content-scripts/mentions.js';
export { originsOf };

/** The pack's news hosts the user has granted (a host and its subdomains). */
export async function grantedNewsHosts(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of packHosts(hosts)) {
    if (await chrome.permissions.contains({ origins: originsOf([host]) }).catch(() => false)) granted.push(host);
  }
  return granted;
}

let syncing: Promise<unknown> = Promise.resolve();

/**
 * (Re-)registers the content script on the news hosts the user has granted. One at a time: a grant fires both the
 * permission event and the page's news:enable, and two interleaved syncs would register the same id twice.
 */
export function syncNewsScripts(info: PackInfo): Promise<string[]> {
  const run = syncing.then(() => syncOnce(info), () => syncOnce(info));
  syncing = run.catch(() => {});
  return run;
}

async function syncOnce(info: PackInfo): Promise<string[]> {
  if (!chrome.scripting?.registerContentScripts) return [];
  const granted = await grantedNewsHosts(info.pack.newsHosts);
  await chrome.scripting.unregisterContentScripts({ ids: [NEWS_SCRIPT_ID] }).catch(() => {});
  if (granted.length > 0) {
    await chrome.scripting.registerContentScripts([
      { id: NEWS_SCRIPT_ID, matches: originsOf(granted), js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return granted;
}

/**
 * After a grant: register the script, and flag the news tabs already open so nobody has to reload. A tab whose
 * script already runs only reads its page again (once-per-page.ts).
 */
export async function enableNewsHosts(info: PackInfo): Promise<{ granted: string[]; flagged: number }> {
  const granted = await syncNewsScripts(info);
  if (granted.length === 0) return { granted, flagged: 0 };
  const tabs = await chrome.tabs.query({ url: originsOf(granted) }).catch(() => []);
  let flagged = 0;
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const ok = await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] }).then(() => true, () => false);
    if (ok) flagged += 1;
  }
  return { granted, flagged };
}

/** Chrome's and Firefox's refusals, by what the user can do about them. */
export function scanFailureOf(message: string): ScanFailure {
  if (/Missing host permission|must request permission|Cannot access contents/i.test(message)) return 'no_access';
  if (/cannot be scripted|Cannot access a [a-z-]+:\/\/ URL|privileged/i.test(message)) return 'restricted';
  return 'failed';
}

/** 扫描此页: flag any page once (activeTab or a host grant), reading it as a news article when no adapter applies. */
export async function scanPage(tabId: number): Promise<{ ok: boolean; reason?: ScanFailure }> {
  const tab = await chrome.tabs.get(tabId).catch(() => null);
  if (tab && isRestrictedUrl(tab.url ?? tab.pendingUrl ?? '')) return { ok: false, reason: 'restricted' };
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
    // No activeTab grant (the panel was not opened from this tab's toolbar button) or a page extensions may not touch.
    return { ok: false, reason: scanFailureOf(err instanceof Error ? err.message : String(err)) };
  }
}
