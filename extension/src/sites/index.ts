import { bilibili } from './bilibili.ts';
import { douyin } from './douyin.ts';
import { kuaishou } from './kuaishou.ts';
import { news } from './news.ts';
import { coveringHost } from './news-hosts.ts';
import type { SiteAdapter } from './types.ts';
import { weibo } from './weibo.ts';
import { weiboMobile } from './weibo-mobile.ts';
import { weixin } from './weixin.ts';
import { xiaohongshu } from './xiaohongshu.ts';
import { zhihu } from './zhihu.ts';

// The ordered registry of site adapters (STYLE habit 1): adding a site is one file plus one line here. Order
// matters: platform adapters first, the generic news adapter last.
export const sites: readonly SiteAdapter[] = [weibo, weiboMobile, douyin, xiaohongshu, kuaishou, bilibili, zhihu, weixin, news];

/**
 * The match patterns of every platform adapter: the content script's `matches` and the manifest's host permissions
 * (wxt.config.ts) both come from here, so a new site is one adapter file plus its line in `sites` (issue 9).
 */
export const platformMatches: readonly string[] = sites.flatMap((s) => s.matches);


/**
 * The adapter for a page. News hosts come from the rule pack; `onDemand` (the side panel's 扫描此页) lets the news
 * adapter read any other page as an article.
 */
export function siteFor(url: string | URL, newsHosts: readonly string[], onDemand = false): SiteAdapter | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const platform = sites.find((s) => s.hosts.length > 0 && s.hosts.includes(host));
  if (platform) return platform;
  return coveringHost(url, newsHosts) !== null || onDemand ? news : undefined;
}

/** Fixture file under tests/fixtures/sites for a test URL: host + path, index.html for a trailing slash, `.html` added
 * to a path without an extension (the fixture server serves /explore/{id} from explore/{id}.html). */
export function fixturePathFor(testUrl: string): string {
  const u = new URL(testUrl);
  // Decoded, as the fixture server decodes a request's path: /search/青禾乳业 is saved under its own name.
  const path = decodeURIComponent(u.pathname);
  if (path.endsWith('/')) return `${u.hostname}${path}index.html`;
  return `${u.hostname}${path}${/\.[a-z]+$/i.test(path) ? '' : '.html'}`;
}

export type { SiteAdapter, Unit, UnitRecord } from './types.ts';
