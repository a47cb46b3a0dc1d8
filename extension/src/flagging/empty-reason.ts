import { dictionary } from '@vigil/shared/i18n/dictionary';
import type { Lang } from '@vigil/shared/i18n/vocabulary';
import { isRestrictedUrl } from '../sites/news-hosts.ts';
import type { TabState } from '../storage.ts';

// Why the side panel lists nothing for a tab (issue 12): a person who pressed 扫描此页 on a news page and saw only
// 此页面暂无提及品牌的内容 could not tell a page without the brand from a page Vigil never read. Every empty list
// says which of these it is, in zh-CN and English.

/** Why a 扫描此页 could not run (flagging/news-scripts.ts scanPage). */
export type ScanFailure = 'restricted' | 'no_access' | 'failed';

export type EmptyReason =
  | 'restricted' // chrome://, another extension, the add-on stores: no extension may read them
  | 'no_access' // the scan was refused: no host access and no activeTab grant for this tab
  | 'not_granted' // a news host of the pack the user has not granted yet
  | 'not_read' // no adapter runs here and nobody pressed 扫描此页
  | 'reading' // a supported page whose script has not reported yet
  | 'no_mention' // read: no alias or person of the pack anywhere in the page's units
  | 'no_body' // the page names the brand, but no article body or comment was recognised
  | 'filtered'; // units exist, none at the chosen level

export interface EmptyInput {
  url: string;
  state: TabState | null;
  /** Units of the tab before the level filter. */
  total: number;
  /** The pack host covering the page, and whether its access is granted. */
  newsHost: string | null;
  granted: boolean;
  /** A platform adapter (Weibo, Douyin…) runs on this page without any grant. */
  platform: boolean;
  /** What the last 扫描此页 of this tab answered, if it failed. */
  scan?: ScanFailure | null;
}

export function emptyReason(i: EmptyInput): EmptyReason {
  if (i.total > 0) return 'filtered';
  if (isRestrictedUrl(i.url) || i.scan === 'restricted') return 'restricted';
  const read = i.state?.read;
  if (read) return read.mention && read.units === 0 ? 'no_body' : 'no_mention';
  if (i.scan) return i.newsHost && !i.granted ? 'not_granted' : 'no_access';
  if (i.newsHost && !i.granted) return 'not_granted';
  return i.platform || i.newsHost ? 'reading' : 'not_read';
}

const words = dictionary(
  {
    title: '此页面暂无提及品牌的内容',
    restricted: '浏览器不允许扩展读取这类页面（chrome:// 等浏览器页面、其他扩展、扩展应用商店），Vigil 无法在此标记。',
    no_access: 'Vigil 无权读取此标签页：请点击浏览器工具栏上的 Vigil 图标打开侧边栏，再点「扫描此页」。',
    not_granted: '尚未授权 Vigil 读取新闻网站 {host}：点上方「授权新闻网站」后即可自动标记。',
    not_read: '此页面不是 Vigil 自动读取的网站。点「扫描此页」，Vigil 会按新闻文章读取一次。',
    reading: 'Vigil 正在读取此页面…',
    no_mention: '已读取此页面，正文和评论中没有出现规则包里的品牌名称或别名。',
    no_mention_n: '已读取此页面的 {n} 条内容（文章、评论），没有一条提及规则包里的品牌名称或别名。',
    no_body: '页面上出现了品牌名称，但没有识别出文章正文或评论（品牌名可能只在导航、侧栏或广告里）。',
    filtered: '所选级别下没有内容，选「全部级别」可查看其余 {n} 条。',
  },
  {
    title: 'Nothing on this page mentions the brand',
    restricted: 'The browser lets no extension read this kind of page (chrome:// and other browser pages, other extensions, the add-on stores), so Vigil cannot flag it.',
    no_access: 'Vigil has no access to this tab: click the Vigil icon in the browser toolbar to open the side panel, then press Scan this page.',
    not_granted: 'Vigil has not been allowed to read the news site {host} yet: press Allow news sites above and it is flagged automatically.',
    not_read: 'Vigil does not read this site on its own. Press Scan this page and Vigil reads it once as a news article.',
    reading: 'Vigil is reading this page…',
    no_mention: 'Page read: no brand name or alias of the rule pack appears in its article or comments.',
    no_mention_n: 'Read {n} items on this page (article, comments): none mentions a brand name or alias of the rule pack.',
    no_body: 'The page names the brand, but no article body or comment was recognised (the name may only be in navigation, a sidebar or an ad).',
    filtered: 'Nothing at the chosen level; choose All levels to see the other {n}.',
  },
);

/** The empty list's heading and its reason, in `lang`. */
export function emptyText(reason: EmptyReason, i: Pick<EmptyInput, 'state' | 'newsHost' | 'total'>, lang: Lang) {
  const n = i.state?.read?.units ?? 0;
  const key = reason === 'no_mention' && n > 0 ? 'no_mention_n' : reason;
  return { title: words(lang, 'title'), reason: words(lang, key, { host: i.newsHost ?? '', n: reason === 'filtered' ? i.total : n }) };
}
