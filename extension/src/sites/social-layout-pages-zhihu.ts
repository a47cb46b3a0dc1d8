import type { SocialPage } from './social-layout-pages.ts';

// 知乎 and 公众号 layouts no saved fixture covers (issue 14). Times are Beijing time as printed; expectations are UTC
// against fixtureNow (2026-11-22 17:40 in Beijing).

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const attr = (o: unknown) => JSON.stringify(o).replace(/"/g, '&quot;');

interface Zc { id: string; slug: string; name: string; words: string; time: string; likes: string; to?: string; badge?: string }
const zComment = (c: Zc, children = '') => `<div data-id="${c.id}" class="css-1oy9rlk"><div class="css-jp43l4">
<a href="https://www.zhihu.com/people/${c.slug}" class="css-1ttg2h8"><img class="Avatar css-1u8b8fg" alt="" src="${gif}"></a>
<div class="css-14nvvry"><div class="css-swj9d4"><a href="https://www.zhihu.com/people/${c.slug}" class="css-10u695f">${c.name}</a>${c.badge ? `<span class="css-8v0sd">${c.badge}</span>` : ''}${c.to ? `<span class="css-1z0hh7v">›</span><a href="https://www.zhihu.com/people/${c.to}" class="css-10u695f">${c.to === 'milk-dad' ? '牛奶爸爸' : c.to}</a>` : ''}</div>
<div class="CommentContent css-1jpzztt">${c.words}</div>
<div class="css-140jo2"><div class="css-x1xlu5"><span class="css-12cl38p">${c.time}</span><span class="css-ntkn7q"> · 浙江</span></div>
<div class="css-1vd72tl"><button type="button" class="Button css-h1yvwn"><span><svg class="Zi Zi--Reply"></svg></span>回复</button><button type="button" class="Button css-h1yvwn"><span><svg class="Zi Zi--Like"></svg></span>${c.likes}</button></div></div></div></div>${children}</div>`;

interface Answer { id: string; author: string; slug: string; html: string; time: string; vote: string; comments: string; open?: string }
const answer = (a: Answer) => `<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop="${attr({ authorName: a.author, itemId: Number(a.id), title: '青禾乳业的酸奶还能买吗？', type: 'answer' })}" name="${a.id}" itemprop="answer" itemscope>
<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo" itemprop="author" itemscope><meta itemprop="name" content="${a.author}"><a class="UserLink-link" href="//www.zhihu.com/people/${a.slug}">${a.author}</a><div class="AuthorInfo-badgeText">食品安全话题下的优秀答主</div></div>
<div class="css-h5al4j"><span>${a.vote.replace('赞同 ', '')} 人赞同了该回答</span></div></div>
<meta itemprop="url" content="https://www.zhihu.com/question/660012345/answer/${a.id}">
<div class="RichContent RichContent--unescapable"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" itemprop="text">${a.html}</span></div>
<div class="ContentItem-time"><a target="_blank" href="/question/660012345/answer/${a.id}"><span data-tooltip="发布于 ${a.time}">${a.time.replace(/^/, '编辑于 ')}・IP 属地浙江</span></a></div>
<div class="ContentItem-actions"><span><button aria-label="${a.vote}" type="button" class="Button VoteButton VoteButton--up">​<span style="display: inline-flex; align-items: center;">​<svg class="Zi Zi--TriangleUp VoteButton-TriangleUp"></svg></span>${a.vote}</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"><svg class="Zi Zi--TriangleDown"></svg></button></span>
<button type="button" class="Button ContentItem-action"><span><svg class="Zi Zi--Comment"></svg></span>${a.comments}</button><button type="button" class="Button ContentItem-action"><svg class="Zi Zi--Share"></svg>分享</button><button type="button" class="Button ContentItem-action"><svg class="Zi Zi--Star"></svg>收藏</button></div></div>
${a.open ?? ''}</div></div>`;

const question: SocialPage = {
  name: '知乎 question page: the question and its detail, answers with 赞同 counts only in the vote button, a comment thread with a collapsed 查看全部 N 条回复',
  url: 'https://www.zhihu.com/question/660012345',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>青禾乳业的酸奶还能买吗？ - 知乎</title></head><body><div id="root">
<header class="AppHeader"><nav class="AppHeader-Tabs"><a href="//www.zhihu.com/">首页</a><a href="//www.zhihu.com/explore">发现</a><a href="//www.zhihu.com/question/waiting">等你来答</a></nav><button class="Button">登录/注册</button></header>
<main class="App-main"><div class="QuestionPage" itemscope itemtype="http://schema.org/Question"><meta itemprop="name" content="青禾乳业的酸奶还能买吗？"><meta itemprop="url" content="https://www.zhihu.com/question/660012345"><meta itemprop="answerCount" content="86">
<div class="QuestionHeader"><h1 class="QuestionHeader-title">青禾乳业的酸奶还能买吗？</h1><div class="QuestionHeader-detail"><span class="RichText ztext">最近青禾被通报抽检不合格，家里还囤了两箱。</span></div><button class="Button FollowButton">关注问题</button><button class="Button">写回答</button></div>
<div class="Question-main"><div class="ListShortcut"><div class="List-header"><h4 class="List-headerText">86 个回答</h4><div class="List-headerOptions">默认排序</div></div><div>
${answer({ id: '3500112233', author: '食品工程师老周', slug: 'food-zhou', html: '<p>先说结论：通报的是单一批次，其他批次可以放心喝。</p><p>青禾这次是冷链温控出了问题。</p>', time: '2026-11-21 09:15', vote: '赞同 1.2 万', comments: '48 条评论',
  open: `<div class="Comments-container css-plbgu"><div class="css-1k10w8f"><div class="css-1onritu">评论 48</div></div><div class="css-18ld3w0">
${zComment({ id: '10600000001', slug: 'milk-dad', name: '牛奶爸爸', words: '那已经喝了的那批怎么办', time: '11-21 10:02', likes: '256' }, `<div class="css-16zdamy">
${zComment({ id: '10600000002', slug: 'food-zhou', name: '食品工程师老周', words: '没有不适就不用担心，可以联系客服退款', time: '11-21 10:30', likes: '98', badge: '作者', to: 'milk-dad' })}
<div class="css-vurnku"><button type="button" class="Button css-1ch6cvf">查看全部 7 条回复</button></div></div>`)}
${zComment({ id: '10600000003', slug: 'rational-li', name: '理中客小李', words: '冷链问题说明管理有漏洞', time: '3 小时前', likes: '赞' })}
</div></div>` })}
${answer({ id: '3500119876', author: '匿名用户', slug: 'anonymous', html: '<p>我在超市做理货，青禾那几天确实下架了一批。</p>', time: '2026-11-22 08:40', vote: '赞同 356', comments: '添加评论' })}
</div></div></div></div></main>
<footer class="Footer">刘看山 · 知乎指南 · 知乎协议 · 知乎隐私保护指引 · 京ICP证110745号 · 京公网安备 11010802020088 号</footer></div></body></html>`,
  units: [
    { kind: 'post', text: '青禾乳业的酸奶还能买吗？\n最近青禾被通报抽检不合格，家里还囤了两箱。' },
    { kind: 'post', author: '食品工程师老周', text: '先说结论：通报的是单一批次，其他批次可以放心喝。\n青禾这次是冷链温控出了问题。', at: '2026-11-21T01:15:00.000Z', counts: { likes: 12_000, comments: 48 } },
    { kind: 'comment', author: '牛奶爸爸', text: '那已经喝了的那批怎么办', at: '2026-11-21T02:02:00.000Z', counts: { likes: 256 }, parent: 1 },
    { kind: 'reply', author: '食品工程师老周', text: '没有不适就不用担心，可以联系客服退款', at: '2026-11-21T02:30:00.000Z', counts: { likes: 98 }, parent: 2 },
    { kind: 'comment', author: '理中客小李', text: '冷链问题说明管理有漏洞', at: '2026-11-22T06:40:00.000Z', counts: { likes: 0 }, parent: 1 },
    { kind: 'post', author: '匿名用户', text: '我在超市做理货，青禾那几天确实下架了一批。', at: '2026-11-22T00:40:00.000Z', counts: { likes: 356, comments: 0 } },
  ],
};

const wxComment = (name: string, words: string, likes: string, reply = '') => `<div class="discuss_item"><img class="avatar" src="${gif}" alt=""><div class="discuss_item_hd"><span class="nickname">${name}</span><span class="discuss_opr"><span class="praise_num">${likes}</span></span></div>
<div class="discuss_message"><div class="discuss_message_content">${words}</div></div>${reply ? `<div class="reply_result"><div class="discuss_item_hd"><span class="nickname">作者</span></div><div class="discuss_message"><div class="discuss_message_content">${reply}</div></div></div>` : ''}</div>`;

const weixinArticle: SocialPage = {
  name: '公众号 article: 编辑 / 来源 / 审核 lines closing the body, 阅读 / 在看 / 赞 shown, 精选留言 with 作者回复',
  url: 'https://mp.weixin.qq.com/s?__biz=MzA5NjQyMDAxMw==&mid=2650005678&idx=1&sn=7a1b2c3d4e5f6a7b',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>青禾乳业回应抽检：已召回涉事批次</title>
<script>var nickname = "乳业观察"; var user_name = "gh_1a2b3c4d5e6f"; var ct = "1795312800";</script></head><body id="activity-detail">
<div class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">青禾乳业回应抽检：已召回涉事批次</h1>
<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span><span class="rich_media_meta rich_media_meta_text">乳业观察编辑部</span><span class="rich_media_meta rich_media_meta_nickname"><a id="js_name" href="javascript:void(0);">乳业观察</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">2026年11月22日 10:00</em><em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text">浙江</em></div>
<div class="rich_media_content" id="js_content">
<section><p>11月21日，青禾乳业发布声明，称已召回市场监管部门通报的涉事批次。</p><p>公司表示，问题源于一家外包工厂的冷链温控失效，目前已暂停与该工厂的合作。</p></section>
<section><p>来源：新华社</p><p>编辑：小禾</p><p>审核：老周</p></section></div>
<div class="rich_media_tool" id="js_toobar3"><div id="js_read_area3" class="media_tool_meta"><span>阅读 </span><span id="readNum3">2.1万</span></div><div class="media_tool_meta like_area"><span class="sns_opr_btn">赞</span><span id="js_like_num">356</span></div><div class="media_tool_meta"><span>在看 </span><span id="likeNum3">128</span></div></div>
<div id="js_cmt_area" class="rich_media_extra"><div class="discuss_container"><div class="rich_tips"><span class="tips">精选留言</span></div><ul id="js_cmt_list" class="discuss_list">
${wxComment('奶茶续命', '冷链出问题，建议青禾公开整改进度', '86', '谢谢关注，后续进展我们会持续跟进。')}
${wxComment('杭州老王', '家里还有两箱，批次号不在通报里', '12')}
</ul></div></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></body></html>`,
  units: [
    { kind: 'article', author: '乳业观察', text: '青禾乳业回应抽检：已召回涉事批次\n11月21日，青禾乳业发布声明，称已召回市场监管部门通报的涉事批次。\n公司表示，问题源于一家外包工厂的冷链温控失效，目前已暂停与该工厂的合作。', at: '2026-11-22T02:00:00.000Z', counts: { views: 21_000, likes: 356 } },
    { kind: 'comment', author: '奶茶续命', text: '冷链出问题，建议青禾公开整改进度', counts: { likes: 86 }, parent: 0 },
    { kind: 'reply', author: '乳业观察', text: '谢谢关注，后续进展我们会持续跟进。', parent: 1 },
    { kind: 'comment', author: '杭州老王', text: '家里还有两箱，批次号不在通报里', counts: { likes: 12 }, parent: 0 },
  ],
};

interface FeedCard { type: 'answer' | 'article'; id: string; author: string; title: string; href: string; excerpt: string; vote: string; comments: string }
const feedCard = (c: FeedCard) => `<div class="Card TopstoryItem TopstoryItem-isRecommend" tabindex="0"><div class="Feed" data-za-detail-view-path-module="FeedItem">
<div class="ContentItem ${c.type === 'answer' ? 'AnswerItem' : 'ArticleItem'}" data-zop="${attr({ authorName: c.author, itemId: Number(c.id), title: c.title, type: c.type })}" itemprop="${c.type}" itemscope>
<h2 class="ContentItem-title"><div itemprop="zhihu:question" itemscope><meta itemprop="url" content="https://www.zhihu.com/question/660012345"><a target="_blank" href="${c.href}">${c.title}</a></div></h2>
<div class="RichContent is-collapsed RichContent--unescapable"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss">${c.author}：${c.excerpt}…</span>
<button type="button" class="Button ContentItem-more Button--plain">阅读全文<span style="display: inline-flex; align-items: center;">​<svg class="Zi Zi--ArrowDown ContentItem-arrowIcon"></svg></span></button></div>
<div class="ContentItem-actions"><span><button aria-label="${c.vote}" type="button" class="Button VoteButton VoteButton--up">${c.vote}</button></span><button type="button" class="Button ContentItem-action"><svg class="Zi Zi--Comment"></svg>${c.comments}</button></div></div></div></div></div>`;

const feed: SocialPage = {
  name: '知乎 home feed: collapsed answer and article cards (阅读全文), the article title its own words, an ad card',
  url: 'https://www.zhihu.com/',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>首页 - 知乎</title></head><body><div id="root">
<header class="AppHeader"><nav class="AppHeader-Tabs"><a href="//www.zhihu.com/">首页</a><a href="//www.zhihu.com/explore">发现</a><a href="//www.zhihu.com/question/waiting">等你来答</a></nav></header>
<main class="App-main"><div class="Topstory"><div class="Topstory-container"><div class="Topstory-mainColumn"><div class="Topstory-tabs"><a>关注</a><a>推荐</a><a>热榜</a><a>视频</a></div>
<div class="Topstory-recommend"><div>
${feedCard({ type: 'answer', id: '3500112233', author: '食品工程师老周', title: '青禾乳业的酸奶还能买吗？', href: '//www.zhihu.com/question/660012345/answer/3500112233', excerpt: '先说结论：通报的是单一批次，其他批次可以放心喝。青禾这次是冷链温控出了问题', vote: '赞同 1.2 万', comments: '48 条评论' })}
<div class="Card TopstoryItem TopstoryItem--advertCard"><div class="Pc-feedAd-container"><div class="Pc-feedAd-card-title">牧场直供鲜牛奶，限时第二件半价</div><div class="Pc-feedAd-card-desc">广告</div></div></div>
${feedCard({ type: 'article', id: '700223344', author: '食安研究所', title: '青禾召回事件里的三个疑点', href: '//zhuanlan.zhihu.com/p/700223344', excerpt: '召回公告发布三天后，还有几个问题没有说清楚', vote: '赞同 856', comments: '添加评论' })}
</div></div></div></div></div></main></div></body></html>`,
  units: [
    { kind: 'post', author: '食品工程师老周', text: '食品工程师老周：先说结论：通报的是单一批次，其他批次可以放心喝。青禾这次是冷链温控出了问题…', counts: { likes: 12_000, comments: 48 }, truncated: true },
    { kind: 'article', author: '食安研究所', text: '青禾召回事件里的三个疑点\n食安研究所：召回公告发布三天后，还有几个问题没有说清楚…', counts: { likes: 856, comments: 0 }, truncated: true },
  ],
};

export const zhihuPages = [question, feed];
const weixinChrome: SocialPage = {
  name: '公众号 article: 点击蓝字关注 opening the body, then END, 往期推荐 links and 点个在看 closing it',
  url: 'https://mp.weixin.qq.com/s/Qh2026QingheWeekly8',
  html: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>本周乳业新闻盘点</title>
<script>var nickname = "食安周刊"; var user_name = "gh_9e8d7c6b5a4f"; var ct = "1795226400";</script></head><body id="activity-detail">
<div id="js_article" class="rich_media"><div class="rich_media_inner"><h1 class="rich_media_title" id="activity-name">本周乳业新闻盘点</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname"><a id="js_name" href="javascript:void(0);">食安周刊</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content">
<section style="text-align: center;"><p><span style="color: #576b95;">点击上方蓝字</span><span>关注我们</span></p></section>
<section><p>本周最受关注的是低温奶的冷链问题，多地市场监管部门开展了专项检查。</p><p>消费者购买低温奶时，应留意冷柜温度和生产日期。</p></section>
<section><p style="text-align: center;">- END -</p></section>
<section><p><strong>往期推荐</strong></p><p><a href="https://mp.weixin.qq.com/s/Qh2026QingheWeekly7" target="_blank">青禾乳业抽检不合格，官方回应来了</a></p><p><a href="https://mp.weixin.qq.com/s/Qh2026QingheWeekly6" target="_blank">常温奶和低温奶，到底哪个更有营养？</a></p></section>
<section style="text-align: center;"><p>分享、点赞、在看，3连3连！</p></section></div>
<div id="js_toobar3" class="rich_media_tool"><div id="js_read_area3" class="media_tool_meta" style="display:none;"><span>阅读 </span><span id="readNum3"></span></div></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div></div></div></body></html>`,
  units: [
    { kind: 'article', author: '食安周刊', text: '本周乳业新闻盘点\n本周最受关注的是低温奶的冷链问题，多地市场监管部门开展了专项检查。\n消费者购买低温奶时，应留意冷柜温度和生产日期。', at: '2026-11-21T02:00:00.000Z' },
  ],
};

export const weixinPages = [weixinArticle, weixinChrome];
