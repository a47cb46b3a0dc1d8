// The rule pack's news hosts (issue 12): a host covers itself and every subdomain, the way users read a domain
// (sina.com.cn covers finance.sina.com.cn), and never a look-alike (sina.com.cn.evil.example, xsina.com.cn).
// PR leads type these in the workspace form, so a pasted URL or `*.` prefix still means the host.

/** `https://Finance.Sina.com.cn/x` → `finance.sina.com.cn`; `*.sina.com.cn` → `sina.com.cn`; junk → ''. */
export function normaliseHost(raw: string): string {
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^\*\./, '')
    .replace(/\.$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : '';
}

/** The pack's hosts, normalised, without blanks or repeats, in the pack's order. */
export const packHosts = (hosts: readonly string[]): string[] => [...new Set(hosts.map(normaliseHost).filter(Boolean))];

/** Whether `host` (a hostname) is `packHost` or one of its subdomains. */
export const hostCovered = (host: string, packHost: string): boolean => host === packHost || host.endsWith(`.${packHost}`);

/** The pack host that covers the page at `url` (http or https only), or null. */
export function coveringHost(url: string | URL, hosts: readonly string[]): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.replace(/\.$/, '');
  return packHosts(hosts).find((h) => hostCovered(host, h)) ?? null;
}

/** Match patterns for the hosts and their subdomains: what is asked for, granted and scripted. */
export const originsOf = (hosts: readonly string[]): string[] => packHosts(hosts).flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`]);

/** Subdomains readers know, named when saying what a portal's host covers. */
const knownSubdomains: Record<string, string> = {
  'sina.com.cn': 'finance.sina.com.cn',
  '163.com': 'news.163.com',
  'sohu.com': 'www.sohu.com',
  'ifeng.com': 'news.ifeng.com',
  'thepaper.cn': 'www.thepaper.cn',
  'toutiao.com': 'www.toutiao.com',
  'sixthtone.com': 'www.sixthtone.com',
};
const secondLevel = /\.(com|net|org|gov|edu)\.(cn|hk|tw)$/;

/**
 * A subdomain to name when saying what a host covers (sina.com.cn → finance.sina.com.cn, example.cn → news.example.cn),
 * or null for a host that is itself a subdomain (new.qq.com): its own subdomains are rare and naming one misleads.
 */
export function subdomainExample(host: string): string | null {
  if (knownSubdomains[host]) return knownSubdomains[host];
  const labels = host.split('.').length;
  return labels === 2 || (labels === 3 && secondLevel.test(host)) ? `news.${host}` : null;
}

/**
 * Pages no extension may read: browser pages, other extensions, the browsers' add-on stores, local files we were
 * not allowed into. Scanning them fails whatever the user grants, so the panel says so instead of asking.
 */
const storePages = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];
export function isRestrictedUrl(url: string): boolean {
  if (!url) return false;
  if (!/^(https?|file):/i.test(url)) return true;
  return storePages.some((p) => p.test(url));
}
