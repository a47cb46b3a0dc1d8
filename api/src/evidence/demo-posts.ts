// The posts behind the demo evidence of `seed --demo` (issue 10): three Weibo posts of the demo surge (monitoring
// demo.ts), as the page a staff member would have captured. The page is drawn by demoPostPage; its screenshots in
// demo-assets/ were rendered from the same HTML by Chromium (tests/scripts/demo-evidence-screenshots.ts), since the
// seed runs without a browser. Everything here is invented: 青禾乳业 and these accounts do not exist.

export interface DemoPost {
  /** The post's id in its permalink (https://weibo.com/<uid>/<post>); also the stem of its screenshots. */
  post: string;
  uid: string;
  account: string;
  text: string;
  /** Minutes before the seed's hour that the post was published and that it was captured. */
  publishedMinutesAgo: number;
  capturedMinutesAgo: number;
  counts: { reposts: number; comments: number; likes: number };
  countsShown: { reposts: string; comments: string; likes: string };
  source: string;
}

export const DEMO_POSTS: readonly DemoPost[] = [
  {
    post: 'QdEmo7xK2',
    uid: '6623456789',
    account: '吃瓜小能手',
    text: '同批次青禾牛奶也有异物，大家别买了！听内部人士说青禾的工厂已经被查封停产，老板连夜跑路了，转发扩散让更多人知道！',
    publishedMinutesAgo: 170,
    capturedMinutesAgo: 150,
    counts: { reposts: 12_000, comments: 3_456, likes: 8_721 },
    countsShown: { reposts: '1.2万', comments: '3456', likes: '8721' },
    source: 'iPhone 15 Pro',
  },
  {
    post: 'QdEmo3mP9',
    uid: '5512345678',
    account: '宝妈日记-小鹿',
    text: '青禾牛奶喝出异物，孩子喝完肚子疼。昨天超市买的纯牛奶，倒出来有黑色的小块，孩子喝了半杯就喊肚子疼，已经去医院看了。@青禾乳业 请给个说法。',
    publishedMinutesAgo: 178,
    capturedMinutesAgo: 148,
    counts: { reposts: 3_204, comments: 1_877, likes: 15_032 },
    countsShown: { reposts: '3204', comments: '1877', likes: '1.5万' },
    source: 'HUAWEI Mate 60',
  },
  {
    post: 'QdEmo5vR4',
    uid: '7734567890',
    account: '认真生活的阿杰',
    text: '青禾乳业异物事件有人管吗？已向市场监管局投诉，希望厂家尽快公布检测结果。',
    publishedMinutesAgo: 160,
    capturedMinutesAgo: 146,
    counts: { reposts: 86, comments: 142, likes: 530 },
    countsShown: { reposts: '86', comments: '142', likes: '530' },
    source: '微博 weibo.com',
  },
];

export const demoPermalink = (p: DemoPost) => `https://weibo.com/${p.uid}/${p.post}`;
export const demoTitle = (p: DemoPost) => `${p.account}的微博 - 微博`;

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' })[c]};`);

/** How old the post looked when it was captured, as Weibo shows a post of the last hour ("20分钟前"). */
export const shownAge = (p: DemoPost) => `${p.publishedMinutesAgo - p.capturedMinutesAgo}分钟前`;

/**
 * The post's detail page as the demo "captured" it (the same at every seed: the screenshots are fixed): a Weibo-like header, the post card (`#demo-unit`, what unit.png
 * shows) and the first comment below it. Self-contained (no scripts, no remote resources).
 */
export function demoPostPage(p: DemoPost): string {
  const avatar = esc(p.account.slice(0, 1));
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(demoTitle(p))}</title>
<style>
body{margin:0;background:#f1f2f5;font:15px/1.6 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#333}
header{height:56px;background:#fff;border-bottom:1px solid #e6e6e6;display:flex;align-items:center;padding:0 32px;gap:24px}
header b{color:#e6162d;font-size:22px;letter-spacing:1px}header input{width:300px;height:32px;border:0;border-radius:16px;background:#f2f2f5;padding:0 14px;color:#999}header small{margin-left:auto;color:#aaa;font-size:12px}
main{width:640px;margin:20px auto}
.card{background:#fff;border-radius:6px;padding:20px 22px 0;margin-bottom:12px}
.head{display:flex;gap:12px;align-items:center}.avatar{width:48px;height:48px;border-radius:50%;background:#ffb37a;color:#fff;font-size:22px;display:flex;align-items:center;justify-content:center}
.name{font-weight:700;color:#333}.meta{font-size:12px;color:#999}
.text{margin:14px 0 16px;font-size:16px;white-space:pre-wrap}.text a{color:#eb7350;text-decoration:none}
.bar{display:flex;border-top:1px solid #f0f0f0;color:#666;font-size:13px}.bar span{flex:1;text-align:center;padding:10px 0}
.comment{font-size:14px;padding:0 0 16px}.comment .name{font-weight:400;color:#eb7350}
</style></head>
<body><header><b>微博</b><input value="搜索微博" readonly><small>Vigil 演示页面 · 内容虚构 / demo page, invented content</small></header>
<main>
<article class="card" id="demo-unit">
<div class="head"><div class="avatar">${avatar}</div><div><div class="name">${esc(p.account)}</div>
<div class="meta">${esc(shownAge(p))} 来自 ${esc(p.source)}</div></div></div>
<div class="text">${esc(p.text).replace(/@青禾乳业/g, '<a>@青禾乳业</a>')}</div>
<div class="bar"><span>转发 ${esc(p.countsShown.reposts)}</span><span>评论 ${esc(p.countsShown.comments)}</span><span>赞 ${esc(p.countsShown.likes)}</span></div>
</article>
<div class="card"><div class="comment"><span class="name">路人甲乙丙：</span>真的假的？有检测报告吗</div></div>
</main></body></html>`;
}
