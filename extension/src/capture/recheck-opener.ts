// Which tabs may ask for a re-check (复查, issue 10). The content script asks as soon as its page's address carries
// #vigil-recheck=<case id>, and a page can put that there itself (history.replaceState before the script reads it,
// or a link in a post): every Vigil user who opened it would capture and upload it, and under a case once a case id
// leaks. The case page opens its tracked links in a new tab, so the background asks the browser which tab opened
// this one: only the case's own page in the workspace (`<API URL>/cases/<id>`) counts.

export interface TabLike {
  openerTabId?: number;
  url?: string;
}

/** The origin, with this machine's names for itself as one: the workspace at localhost and an API set as 127.0.0.1 agree. */
function originOf(url: URL): string {
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  return loopback ? `${url.protocol}//127.0.0.1:${url.port}` : url.origin;
}

/** The workspace page of case `caseId`: the API and the workspace share their address. */
export const casePageUrl = (apiUrl: string, caseId: string) => `${apiUrl.replace(/\/+$/, '')}/cases/${encodeURIComponent(caseId)}`;

/** Whether `tab` was opened from the workspace page of case `caseId`; `getTab` reads the opener (null when closed). */
export async function openedFromCase(tab: TabLike, caseId: string, apiUrl: string, getTab: (id: number) => Promise<TabLike | null>): Promise<boolean> {
  if (tab.openerTabId === undefined || !apiUrl) return false;
  const opener = await getTab(tab.openerTabId).catch(() => null);
  if (!opener?.url) return false;
  try {
    const at = new URL(opener.url);
    const page = new URL(casePageUrl(apiUrl, caseId));
    return originOf(at) === originOf(page) && decodeURIComponent(at.pathname.replace(/\/+$/, '')) === decodeURIComponent(page.pathname);
  } catch {
    return false;
  }
}
