import type { SocialPage } from './social-layout-pages.ts';

// 知乎 question pages (issue 14): the question itself (title, detail, its 条评论) is a unit, and comments opened in
// a modal portal on the body, outside every answer card, belong to the answer (or the question) they were opened
// from. Once with the 2024–2026 classes, once after a release renamed them all (microdata and data-* stay). Times
// are Beijing time as printed; expectations are UTC against fixtureNow (2026-11-22 17:40 in Beijing).

const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
const attr = (o: unknown) => JSON.stringify(o).replace(/"/g, '&quot;');

interface Zc { id: string; slug: string; name: string; words: string; time: string; likes: string; to?: string }
/** A comment of the new comment system; `cls` names its body (CommentContent, or a hashed class after a release). */
const comment = (c: Zc, cls: string, children = '') => `<div data-id="${c.id}" class="css-1oy9rlk"><div class="css-jp43l4">
<a href="https://www.zhihu.com/people/${c.slug}" class="css-1ttg2h8"><img class="Avatar css-1u8b8fg" alt="" src="${gif}"></a>
<div class="css-14nvvry"><div class="css-swj9d4"><a href="https://www.zhihu.com/people/${c.slug}" class="css-10u695f">${c.name}</a>${c.to ? `<span class="css-1z0hh7v">›</span><a href="https://www.zhihu.com/people/${c.to}" class="css-10u695f">${c.to}</a>` : ''}</div>
<div class="${cls}">${c.words}</div>
<div class="css-140jo2"><div class="css-x1xlu5"><span class="css-12cl38p">${c.time}</span><span class="css-ntkn7q"> · 浙江</span></div>
<div class="css-1vd72tl"><button type="button" class="Button css-h1yvwn"><span><svg class="Zi Zi--Reply"></svg></span>回复</button><button type="button" class="Button css-h1yvwn"><span><svg class="Zi Zi--Like"></svg></span>${c.likes}</button></div></div></div></div>${children}</div>`;

interface Answer { qid: string; id: string; author: string; slug: string; html: string; at: string; votes: number; comments: number }
/** An answer card: the 2024–2026 classes, or (`hashed`) only its data-zop, microdata and hashed classes. */
const answer = (a: Answer, hashed = false) => `<div class="${hashed ? 'css-1kxp6yv' : 'List-item'}" tabindex="0"><div class="${hashed ? 'css-9dyic7' : 'ContentItem AnswerItem'}" data-zop="${attr({ authorName: a.author, itemId: Number(a.id), title: '', type: 'answer' })}" itemprop="answer" itemscope itemtype="http://schema.org/Answer">
<meta itemprop="upvoteCount" content="${a.votes}"><meta itemprop="commentCount" content="${a.comments}"><meta itemprop="dateCreated" content="${a.at}"><meta itemprop="url" content="https://www.zhihu.com/question/${a.qid}/answer/${a.id}">
<div class="${hashed ? 'css-1n6pqpx' : 'ContentItem-meta'}"><div class="${hashed ? 'css-7b9cd1' : 'AuthorInfo'}"><a class="${hashed ? 'css-1dlkqjd' : 'UserLink-link'}" href="//www.zhihu.com/people/${a.slug}">${a.author}</a></div></div>
<div class="${hashed ? 'css-376mun' : 'RichContent'}"><div class="${hashed ? 'css-1c1q8ng' : 'RichContent-inner'}"><span class="${hashed ? 'css-1g0fqss' : 'RichText ztext css-1g0fqss'}" itemprop="text">${a.html}</span></div>
<div class="${hashed ? 'css-1yt4mwv' : 'ContentItem-actions'}"><button type="button" class="${hashed ? 'css-1503iqi' : 'Button VoteButton VoteButton--up'}" aria-label="赞同 ${a.votes}">赞同 ${a.votes}</button><button type="button" class="${hashed ? 'css-1503iqi' : 'Button ContentItem-action'}"><span><svg class="Zi Zi--Comment"></svg></span>${a.comments ? `${a.comments} 条评论` : '添加评论'}</button><button type="button" class="${hashed ? 'css-1503iqi' : 'Button ContentItem-action'}">分享</button></div></div></div></div>`;

const header = (app: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>青禾乳业的低温奶为什么总断货？ - 知乎</title></head><body>${app}`;

const classic: SocialPage = {
  name: '知乎 question page (2024–2026 classes): the question with its collapsed detail, answers, an answer’s comments in a Modal-wrapper on the body',
  url: 'https://www.zhihu.com/question/670012345',
  html: `${header(`<div id="root"><header class="AppHeader"><nav class="AppHeader-Tabs"><a href="//www.zhihu.com/">首页</a><a href="//www.zhihu.com/explore">发现</a></nav></header>
<main class="App-main"><div class="QuestionPage" itemscope itemtype="http://schema.org/Question"><meta itemprop="name" content="青禾乳业的低温奶为什么总断货？"><meta itemprop="url" content="https://www.zhihu.com/question/670012345"><meta itemprop="answerCount" content="2"><meta itemprop="commentCount" content="12"><meta itemprop="dateCreated" content="2026-11-20T03:12:45.000Z">
<div data-zop-question="${attr({ title: '青禾乳业的低温奶为什么总断货？', topics: [{ name: '乳制品', id: '19551' }], id: 670012345, isEditable: false })}"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main">
<div class="QuestionHeader-tags"><div class="QuestionTopic"><a class="TopicLink" href="//www.zhihu.com/topic/19551">乳制品</a></div><div class="QuestionTopic"><a class="TopicLink" href="//www.zhihu.com/topic/19560">食品安全</a></div></div>
<h1 class="QuestionHeader-title">青禾乳业的低温奶为什么总断货？</h1>
<div class="QuestionHeader-detail"><div class="QuestionRichText QuestionRichText--expandable QuestionRichText--collapsed"><div><span class="RichText ztext css-1g0fqss">楼下超市的青禾鲜奶连着一周都没货，店员说是工厂在整改…</span><button type="button" class="Button QuestionRichText-more Button--plain">显示全部<svg class="Zi Zi--ArrowDown"></svg></button></div></div></div></div>
<div class="QuestionHeader-side"><div class="NumberBoard QuestionFollowStatus-counts"><button type="button" class="Button NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue" title="1024">1,024</strong></div></button><div class="NumberBoard-item"><div class="NumberBoard-itemInner"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue" title="56789">56,789</strong></div></div></div></div></div>
<div class="QuestionHeader-footer"><div class="QuestionButtonGroup"><button type="button" class="Button FollowButton Button--primary">关注问题</button><button type="button" class="Button">写回答</button></div><div class="QuestionHeaderActions"><div class="QuestionHeader-Comment"><button type="button" class="Button Button--plain"><span><svg class="Zi Zi--Comment"></svg></span>12 条评论</button></div><button type="button" class="Button">分享</button><button type="button" class="Button">邀请回答</button></div></div></div></div>
<div class="Question-main"><div class="List"><div class="List-header"><h4 class="List-headerText">2 个回答</h4></div><div>
${answer({ qid: '670012345', id: '3600112233', author: '冷链老兵', slug: 'cold-chain', html: '<p>青禾的低温奶走的是自建冷链，工厂整改期间产能只有一半。</p>', at: '2026-11-21T01:15:00.000Z', votes: 2310, comments: 48 })}
${answer({ qid: '670012345', id: '3600119876', author: '超市理货员', slug: 'shelf-stocker', html: '<p>我们店这周也没到货，常温的倒是很多。</p>', at: '2026-11-22T00:40:00.000Z', votes: 86, comments: 0 })}
</div></div></div></div></main></div>
<div><div class="Modal-wrapper Modal-enter-done"><div class="Modal-backdrop"></div><div class="Modal Modal--fullPage" role="dialog" aria-modal="true" tabindex="0"><div class="Modal-inner"><div class="Modal-content"><div class="css-1jm49l2">
<div class="css-1k10w8f"><div class="css-1onritu">48 条评论</div><div class="css-kt4t4n"><button type="button" class="Button">默认</button><button type="button" class="Button">最新</button></div></div>
<div class="css-18ld3w0">
${comment({ id: '10700000001', slug: 'fresh-milk', name: '鲜奶控', words: '青禾的巴氏奶确实好喝，断货太难受了', time: '11-21 10:02', likes: '256' }, 'CommentContent css-1jpzztt', `<div class="css-16zdamy">
${comment({ id: '10700000002', slug: 'cold-chain', name: '冷链老兵', words: '下周应该能恢复供应', time: '11-21 10:30', likes: '赞', to: 'fresh-milk' }, 'CommentContent css-1jpzztt')}</div>`)}
${comment({ id: '10700000003', slug: 'skeptic-wang', name: '怀疑一切的老王', words: '整改是不是因为上次的抽检', time: '3 小时前', likes: '12' }, 'CommentContent css-1jpzztt')}
</div><div class="css-u76jt1"><div class="public-DraftEditorPlaceholder-inner">理性发言，友善互动</div><button type="button" class="Button">发布</button></div></div></div></div>
<button aria-label="关闭" type="button" class="Button Modal-closeButton Button--plain"><svg class="Zi Zi--Close Modal-closeIcon"></svg></button></div></div></div>`)}</body></html>`,
  units: [
    { kind: 'post', text: '青禾乳业的低温奶为什么总断货？\n楼下超市的青禾鲜奶连着一周都没货，店员说是工厂在整改…', at: '2026-11-20T03:12:45.000Z', counts: { comments: 12 }, truncated: true },
    { kind: 'post', author: '冷链老兵', text: '青禾的低温奶走的是自建冷链，工厂整改期间产能只有一半。', at: '2026-11-21T01:15:00.000Z', counts: { likes: 2310, comments: 48 } },
    { kind: 'post', author: '超市理货员', text: '我们店这周也没到货，常温的倒是很多。', at: '2026-11-22T00:40:00.000Z', counts: { likes: 86, comments: 0 } },
    { kind: 'comment', author: '鲜奶控', text: '青禾的巴氏奶确实好喝，断货太难受了', at: '2026-11-21T02:02:00.000Z', counts: { likes: 256 }, parent: 1 },
    { kind: 'reply', author: '冷链老兵', text: '下周应该能恢复供应', at: '2026-11-21T02:30:00.000Z', counts: { likes: 0 }, parent: 3 },
    { kind: 'comment', author: '怀疑一切的老王', text: '整改是不是因为上次的抽检', at: '2026-11-22T06:40:00.000Z', counts: { likes: 12 }, parent: 1 },
  ],
};

const renamed: SocialPage = {
  name: '知乎 question page after a release renamed every class: microdata and data-zop stay, the question’s comments in a fixed overlay without a role',
  url: 'https://www.zhihu.com/question/680054321',
  html: `${header(`<div id="root"><header class="css-s8xum0"><nav class="css-1nm0u5"><a href="//www.zhihu.com/">首页</a><a href="//www.zhihu.com/explore">发现</a></nav></header>
<main class="css-78zum5"><div class="css-1m3m3xa" itemscope itemtype="http://schema.org/Question"><meta itemprop="name" content="怎么看待青禾乳业召回部分批次？"><meta itemprop="url" content="https://www.zhihu.com/question/680054321"><meta itemprop="commentCount" content="3"><meta itemprop="dateCreated" content="2026-11-21T12:00:00.000Z">
<div itemprop="author" itemscope><meta itemprop="name" content="乳品研究员"></div>
<div class="css-1qyytj7"><div class="css-ky5ehj"><div class="css-1ewnxln"><div class="css-pzrf9x"><a class="css-15yk7oi" href="//www.zhihu.com/topic/19551">乳制品</a><a class="css-15yk7oi" href="//www.zhihu.com/topic/20011">召回</a></div>
<h1 class="css-1kmjdsh">怎么看待青禾乳业召回部分批次？</h1>
<div class="css-eew49z"><div class="css-376mun"><span class="css-1g0fqss">公告只说“个别批次”，没说是哪些产品，也没说原因。</span></div></div></div>
<div class="css-1jyqf4k"><div class="css-tl8hgm"><div class="css-1a2bd5u">关注者</div><strong class="css-3ucl7i">318</strong></div><div class="css-tl8hgm"><div class="css-1a2bd5u">被浏览</div><strong class="css-3ucl7i">9,872</strong></div></div></div>
<div class="css-13c76cn"><button type="button" class="css-1503iqi">关注问题</button><button type="button" class="css-1503iqi">写回答</button><button type="button" class="css-1503iqi"><span><svg class="Zi Zi--Comment"></svg></span>3 条评论</button><button type="button" class="css-1503iqi">分享</button></div></div>
<div class="css-1fbz2yu"><div class="css-xkmxch"><h4 class="css-1g5kt5n">2 个回答</h4></div><div>
${answer({ qid: '680054321', id: '3610000001', author: '食品法务', slug: 'food-law', html: '<p>召回是企业主动行为，说明青禾自查发现了问题。</p>', at: '2026-11-21T14:00:00.000Z', votes: 512, comments: 27 }, true)}
${answer({ qid: '680054321', id: '3610000002', author: '宝妈日记', slug: 'mom-diary', html: '<p>家里的批次号对了一下，不在召回范围里。</p>', at: '2026-11-22T02:00:00.000Z', votes: 40, comments: 5 }, true)}
</div></div></div></main></div>
<div class="css-1b3xq1e" style="position: fixed; inset: 0px; z-index: 200;"><div class="css-kzgc4v"></div><div class="css-19r9h3c" tabindex="0"><div class="css-1jm49l2">
<div class="css-1k10w8f"><div class="css-1onritu">3 条评论</div></div>
<div class="css-18ld3w0">
${comment({ id: '10800000001', slug: 'quality-first', name: '品质第一', words: '希望青禾公开召回批次的检测结果', time: '11-21 21:10', likes: '64' }, 'css-1jpzztt', `<div class="css-16zdamy">
${comment({ id: '10800000002', slug: 'milk-tea', name: '奶茶续命', words: '同问，官网上也查不到', time: '11-22 08:05', likes: '5', to: 'quality-first' }, 'css-1jpzztt')}</div>`)}
${comment({ id: '10800000003', slug: 'old-customer', name: '老顾客', words: '退货流程还挺快的', time: '2 小时前', likes: '赞' }, 'css-1jpzztt')}
</div></div></div><button aria-label="关闭" type="button" class="css-1503iqi"><svg class="Zi Zi--Close"></svg></button></div>`)}</body></html>`,
  units: [
    { kind: 'post', author: '乳品研究员', text: '怎么看待青禾乳业召回部分批次？\n公告只说“个别批次”，没说是哪些产品，也没说原因。', at: '2026-11-21T12:00:00.000Z', counts: { comments: 3 } },
    { kind: 'post', author: '食品法务', text: '召回是企业主动行为，说明青禾自查发现了问题。', at: '2026-11-21T14:00:00.000Z', counts: { likes: 512, comments: 27 } },
    { kind: 'post', author: '宝妈日记', text: '家里的批次号对了一下，不在召回范围里。', at: '2026-11-22T02:00:00.000Z', counts: { likes: 40, comments: 5 } },
    { kind: 'comment', author: '品质第一', text: '希望青禾公开召回批次的检测结果', at: '2026-11-21T13:10:00.000Z', counts: { likes: 64 }, parent: 0 },
    { kind: 'reply', author: '奶茶续命', text: '同问，官网上也查不到', at: '2026-11-22T00:05:00.000Z', counts: { likes: 5 }, parent: 3 },
    { kind: 'comment', author: '老顾客', text: '退货流程还挺快的', at: '2026-11-22T07:40:00.000Z', counts: { likes: 0 }, parent: 0 },
  ],
};

const noIds: SocialPage = {
  ...renamed,
  name: '知乎 question page after a release renamed every class and dropped data-id: the modal’s threads by structure alone',
  html: renamed.html.replace(/ data-id="\d+"/g, ''),
};

export const zhihuQuestionPages = [classic, renamed, noIds];
