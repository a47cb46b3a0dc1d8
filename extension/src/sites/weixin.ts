import { withoutInlineNotes } from './body-notes.ts';
import { textHash } from './hash.ts';
import { compact, readCount } from './parts.ts';
import { removalStatus, scriptVar } from './page-state.ts';
import { note, noteHeuristic, pick, pickAll, type FallbackList } from './selectors.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';
import { bodyChrome } from './weixin-body.ts';
import { parseTime } from './time.ts';
import type { SiteAdapter, Unit } from './types.ts';

// 微信公众号 articles mp.weixin.qq.com/s… (issue 14, notes/platforms.md C.5): title, account, `var ct` (unix seconds)
// for the publish time, the body without the account's opening and closing lines nor the editor, source and credit
// notes on its last line (weixin-body.ts, body-notes.ts as on news pages). Read, 在看 and like counts are filled
// only where WeChat itself shows the page: the unit reads them there and says they are unavailable elsewhere instead
// of guessing. 精选留言, where shown, are comments and the account's 作者回复 replies. No login is needed to read.
// Removal pages use a closed list of strings.

const sel = {
  title: [{ css: '#activity-name', why: 'article title id' }, { css: 'h1.rich_media_title', why: 'title class' }],
  body: [{ css: '#js_content', why: 'article body id' }, { css: '.rich_media_content', why: 'body class' }],
  account: [{ css: '#js_name', why: 'account name' }, { css: '.profile_nickname', why: 'older account name' }],
  author: [{ css: '.rich_media_meta_text', why: 'author line' }],
  time: [{ css: '#publish_time', why: 'publish time filled by script: 2026年11月22日 16:17' }],
  views: [{ css: '#readNum3, #js_read_area3 .read_num', why: '阅读 count, filled only where WeChat shows it' }],
  likes: [{ css: '#js_like_num, .like_area .sns_opr_num', why: '赞 count, filled only where WeChat shows it' }],
  comment: [{ css: '#js_cmt_list .discuss_item', why: '精选留言 item' }, { css: '.discuss_list .discuss_item', why: '留言 list without its id' }],
  commentAuthor: [{ css: '.nickname', why: 'name of the reader who left it' }],
  commentText: [{ css: '.discuss_message_content', why: 'words of the 留言' }],
  commentLikes: [{ css: '.praise_num', why: 'likes of the 留言' }],
  authorReply: [{ css: '.reply_result', why: '作者回复 under a 留言' }],
} satisfies Record<string, FallbackList>;

/** The closed list from notes/platforms.md C.5 (we-extract errors.js). */
const REMOVED = /该内容已被发布者删除|此帐号已自主注销|链接已过期|此帐号处于帐号迁移流程中|该公众号已迁移/;
const BLOCKED = /此内容因违规无法查看|此内容发送失败无法查看|该内容被投诉且经审核涉嫌侵权，无法查看|由用户投诉并经平台审核，涉嫌过度营销、骚扰用户|此帐号已被屏蔽|不实信息|涉嫌违反相关法律法规和政策/;

function findUnits(root: ParentNode, now: Date): Unit[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const matched: Record<string, string> = {};
  const body = note(matched, 'text', pick(doc, sel.body))?.el ?? noteHeuristic(matched, 'text', doc.body && doc.querySelector('.rich_media') ? textBlockOf(doc.body, rowsOf(doc.body, now)) : undefined);
  if (!body) return [];
  const related = (el: Element) => root === doc || (root as Node).contains(el) || el.contains(root as Node);
  const title = note(matched, 'title', pick(doc, sel.title))?.el;
  // 点击蓝字关注 above the article, END / 往期推荐 / 在看 / 来源 / 编辑 lines below it: the account's, not the article's;
  // so are the notes on the last line itself (…。（责任编辑：张三）, …。<br>文字：陈晨<br>排版：李四), as on news pages.
  const chrome = bodyChrome(body);
  const ex = withoutInlineNotes(extractText(title ? [title, body] : [body], { skip: (el) => chrome.has(el) }));
  const ct = scriptVar(doc, 'ct');
  if (ct) matched.time = 'var ct (unix seconds)';
  const at = ct && /^\d+$/.test(ct) ? new Date(Number(ct) * 1000).toISOString() : parseTime(note(matched, 'time', pick(doc, sel.time))?.el.textContent, now);
  const account = note(matched, 'author', pick(doc, sel.account))?.el.textContent?.trim();
  const url = doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? scriptVar(doc, 'msg_link') ?? doc.location?.href;
  const sn = url ? /[?&]sn=([0-9a-f]+)/.exec(url)?.[1] ?? /\/s\/([A-Za-z0-9_-]+)/.exec(url)?.[1] : undefined;
  // The read and like slots are in every page's markup, filled only where WeChat itself shows the numbers.
  const counts = compact({
    views: readCount(matched, 'views', pick(doc, sel.views)?.el.textContent),
    likes: readCount(matched, 'likes', pick(doc, sel.likes)?.el.textContent),
  });
  const article = compact({
    key: `weixin:${sn ?? textHash(ex.text)}`, platform: 'weixin', kind: 'article', text: ex.text, truncated: ex.truncated,
    author: account ? compact({ name: account, id: scriptVar(doc, 'user_name') }) : undefined,
    permalink: url, publishedAt: at,
    counts: Object.keys(counts).length > 0 ? counts : undefined,
    countsUnavailable: Object.keys(counts).length > 0 ? undefined : '阅读、在看和点赞数只在微信内显示，网页上没有 / Read, 在看 and like counts are shown only inside WeChat, not on the web page',
    element: body, map: ex.map, debug: { matched },
  } satisfies Unit);
  // An incremental scan of one 留言 still needs the article, as the parent its key is made from.
  return [article, ...messages(doc, article)].filter((u) => related(u.kind === 'reply' ? (u.element.parentElement ?? u.element) : u.element));
}

/** The 精选留言 the page shows, each with the account's 作者回复 under it as a reply (its author is the account). */
function messages(doc: Document, article: Unit): Unit[] {
  const items = pickAll(doc.querySelector('#js_cmt_area') ?? doc, sel.comment);
  const out: Unit[] = [];
  for (const item of items?.els ?? []) {
    const own = (el: Element) => !pick(item, sel.authorReply)?.el.contains(el);
    const comment = message(item, own, 'comment', article.key, undefined, items!.matched);
    if (!comment) continue;
    out.push(comment);
    const reply = pick(item, sel.authorReply)?.el;
    const answer = reply ? message(reply, () => true, 'reply', comment.key, article.author, sel.authorReply[0]!.css) : null;
    if (answer) out.push(answer);
  }
  return out;
}

function message(box: Element, own: (el: Element) => boolean, kind: 'comment' | 'reply', parentKey: string, by: Unit['author'], unit: string): Unit | null {
  const matched: Record<string, string> = { unit };
  const body = note(matched, 'text', pick(box, sel.commentText, own))?.el;
  if (!body) return null;
  const ex = extractText([body]);
  const name = by?.name ?? note(matched, 'author', pick(box, sel.commentAuthor, own))?.el.textContent?.trim();
  const likes = readCount(matched, 'likes', note(matched, 'likes', pick(box, sel.commentLikes, own))?.el.textContent);
  return compact({
    key: `weixin:c:${textHash(`${parentKey}\n${name ?? ''}\n${ex.text}`)}`, platform: 'weixin', kind, text: ex.text, truncated: ex.truncated,
    author: name ? (by ?? { name }) : undefined, counts: likes !== undefined ? { likes } : undefined, parentKey,
    element: box, map: ex.map, debug: { matched },
  } satisfies Unit);
}

export const weixin: SiteAdapter = {
  id: 'weixin',
  platform: 'weixin',
  hosts: ['mp.weixin.qq.com'],
  matches: ['*://mp.weixin.qq.com/*'],
  testUrls: ['http://mp.weixin.qq.com/s/Qh2026QingheNotice01', 'http://mp.weixin.qq.com/s/Qh2026QingheDeleted', 'http://mp.weixin.qq.com/s/Qh2026QingheBlocked'],
  findUnits,
  unitContainers: '#js_content, #js_cmt_list .discuss_item',
  detectLoginWall: () => null,
  pageStatus: (doc) => (pick(doc, sel.body)
    ? { status: 'online', message: '' }
    : removalStatus(doc, { deleted: REMOVED, blocked: BLOCKED }, doc.querySelector('.weui-msg') ?? doc.body)),
  // The article and its 留言 area below it.
  feedRoot: (doc) => doc.querySelector('#js_article, .rich_media') ?? doc.body,
};
