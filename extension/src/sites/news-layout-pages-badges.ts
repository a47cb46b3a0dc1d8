import type { LayoutPage } from './news-layout-pages.ts';

// Test pages (issue 4) whose reader comments carry badges: 置顶, 热评, 精选, 神评, 最佳评论, 沙发 and [置顶] before the
// words, 作者, 小编, 官方, 热门 beside the commenter's name (in the name's row, inside its link, before it), and
// levels and floors (Lv5, V, 楼主, 1楼, #3). A badge is neither the comment's words nor its author; words that
// only contain such a word (这条必须置顶, 热评第一说得对) or are such a word whole (沙发) keep it.

const article = (site: string, byline: string, comments: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青禾乳业低温奶回应胀包投诉_${site}</title></head><body>
<div class="nav"><a href="/">${site}</a><a href="/news/">新闻</a><a href="/finance/">财经</a></div>
<div class="wrap"><h1>青禾乳业低温奶回应胀包投诉</h1><div class="info">${byline}</div>
<div class="content"><p>青禾乳业22日回应消费者关于低温奶胀包的投诉，称涉事批次已全部下架，消费者可凭小票退款。</p>
<p>公司表示，问题出在一家第三方冷链承运商，双方合作已经暂停。</p></div></div>
${comments}
<div class="footer"><p>${site}版权所有</p></div></body></html>`;

const headline = '青禾乳业低温奶回应胀包投诉';
const body = ['涉事批次已全部下架，消费者可凭小票退款。', '双方合作已经暂停。'];
const gif = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

const tie = (name: string, tag: string, words: string, time: string, votes: number) => `<div class="tie-item">
<div class="tie-author"><a href="https://comment.tie.163.com/user/">${name}</a>${tag}</div>
<div class="tie-cnt">${words}</div><div class="tie-info"><span class="tie-time">${time}</span><span class="tie-vote">顶${votes}</span></div></div>`;

const n163: LayoutPage = {
  name: 'news.163.com 跟贴: 热评 and 神评 tags in the author row, [置顶] and 最佳评论 before the words, 置顶 and 热评 inside sentences',
  url: 'https://www.163.com/news/article/KR2QINGHE0001899O.html',
  html: article('网易', '<span>2026-11-22 10:20</span> 来源：网易新闻', `<div class="tie-area" id="tie"><div class="tie-titlebar">热门跟贴</div><div class="tie-list">
${tie('网易浙江省杭州市网友', '<span class="tie-badge">热评</span>', '<span class="tie-top">[置顶]</span>这条必须置顶，青禾乳业的奶有问题，我家孩子喝了拉肚子', '2026-11-22 11:02', 312)}
${tie('网易上海市网友', '<em class="tie-god">神评</em>', '热评第一说得对，配送快了品质也别降', '2026-11-22 11:15', 96)}
${tie('网易广东省广州市网友', '', '<i class="tie-best">最佳评论</i>退款流程很快，小票拍照上传就行', '2026-11-22 11:40', 45)}
${tie('网易北京市网友', '<span class="tie-badge">沙发</span>', '沙发', '2026-11-22 10:25', 3)}
</div></div>`),
  headline,
  body,
  absent: ['热门跟贴', '拉肚子', '配送快了', '小票拍照'],
  author: '网易新闻',
  publishedAt: '2026-11-22T02:20:00.000Z',
  comments: [
    { author: '网易浙江省杭州市网友', at: '2026-11-22T03:02:00.000Z', text: '这条必须置顶，青禾乳业的奶有问题，我家孩子喝了拉肚子', likes: 312 },
    { author: '网易上海市网友', at: '2026-11-22T03:15:00.000Z', text: '热评第一说得对，配送快了品质也别降', likes: 96 },
    { author: '网易广东省广州市网友', at: '2026-11-22T03:40:00.000Z', text: '退款流程很快，小票拍照上传就行', likes: 45 },
    { author: '网易北京市网友', at: '2026-11-22T02:25:00.000Z', text: '沙发', likes: 3 },
  ],
};

const sinaItem = (uid: string, info: string, words: string, time: string, votes: number) => `<div class="item clearfix">
<div class="head"><a href="https://weibo.com/u/${uid}"><img src="${gif}" alt=""></a></div>
<div class="cont"><div class="info">${info}</div><div class="txt">${words}</div>
<div class="action"><span class="time">${time}</span><a class="vote" href="javascript:;">赞 <em>${votes}</em></a><a class="reply" href="javascript:;">回复</a></div></div></div>`;

const sina: LayoutPage = {
  name: 'finance.sina.com.cn 网友评论 (found by structure): 神评 before the name, 官方 inside the name link, 置顶 before the words, 置顶 in bold mid-sentence',
  url: 'https://finance.sina.com.cn/jjxw/2026-11-22/doc-inqinghe7790001.shtml',
  html: article('新浪财经', '<span>2026年11月22日 10:20</span> 来源：新浪财经', `<div id="SI_Comment" class="sina-comment-wrap">
<div class="hd"><h3>网友评论</h3><span class="count">已有<em>368</em>条评论</span></div><div class="list">
${sinaItem('5566770001', '<span class="hot-tag">神评</span><a class="name" href="https://weibo.com/u/5566770001">手机用户7701</a><span class="area">[北京]</span>', '<em class="top">置顶</em>第三方承运商是哪家，敢不敢公布名字', '11月22日 11:02', 208)}
<div class="item clearfix"><div class="head"><a href="https://weibo.com/u/5566770002"><img src="${gif}" alt=""></a></div>
<div class="cont"><div class="info"><a class="name" href="https://weibo.com/u/5566770002">青禾乳业<span class="v-tag">官方</span></a><span class="area">[内蒙古]</span></div><div class="txt">已经公布在官方微博了，承运商合作全部暂停</div>
<div class="action"><span class="time">11月22日 11:20</span><a class="vote" href="javascript:;">赞 <em>51</em></a><a class="reply" href="javascript:;">回复</a></div></div></div>
${sinaItem('5566770003', '<a class="name" href="https://weibo.com/u/5566770003">理性投资者</a><span class="area">[上海]</span>', '这条评论应该<b>置顶</b>，冷链外包是行业通病', '11月22日 11:45', 17)}
</div></div>`),
  headline,
  body,
  absent: ['网友评论', '敢不敢', '行业通病'],
  author: '新浪财经',
  publishedAt: '2026-11-22T02:20:00.000Z',
  comments: [
    { author: '手机用户7701', at: '2026-11-22T03:02:00.000Z', text: '第三方承运商是哪家，敢不敢公布名字', likes: 208 },
    { author: '青禾乳业', at: '2026-11-22T03:20:00.000Z', text: '已经公布在官方微博了，承运商合作全部暂停', likes: 51 },
    { author: '理性投资者', at: '2026-11-22T03:45:00.000Z', text: '这条评论应该置顶，冷链外包是行业通病', likes: 17 },
  ],
};

const sohuItem = (name: string, badge: string, words: string, time: string, likes: number) => `<div class="c-comment-item">
<div class="c-comment-user"><a href="https://mp.sohu.com/profile?xpt=${encodeURIComponent(name)}">${name}</a>${badge}</div>
<div class="c-comment-content">${words}</div>
<div class="c-comment-footer"><span class="c-comment-time">${time}</span><span class="c-comment-like">${likes}</span></div></div>`;

const sohu: LayoutPage = {
  name: 'www.sohu.com comment-user rows holding a 精选 or 楼主 badge or a [河北] place beside the name link, 热门 before the words, a comment of 沙发 alone',
  url: 'https://www.sohu.com/a/813456789_121235',
  html: article('搜狐', '<span>2026-11-22 10:20</span> 来源：搜狐财经', `<div id="mp-comment" class="comment-wrap">
${sohuItem('搜狐网友4417', '<span class="c-comment-badge">精选</span>', '退款确实快，但是胀包的奶喝下去的怎么算', '今天 11:02', 88)}
${sohuItem('乳业老兵', '<span class="c-comment-badge">楼主</span>', '<span class="c-comment-tag">热门</span>冷链外包出问题不是第一次了', '今天 11:30', 36)}
${sohuItem('搜狐网友9021', '', '沙发', '今天 10:21', 2)}
${sohuItem('搜狐网友6650', '<span class="c-comment-area">[河北]</span>', '石家庄的超市也降了，一升便宜两块', '今天 11:45', 5)}
</div>`),
  headline,
  body,
  absent: ['喝下去的怎么算', '不是第一次了'],
  author: '搜狐财经',
  publishedAt: '2026-11-22T02:20:00.000Z',
  comments: [
    { author: '搜狐网友4417', at: '2026-11-22T03:02:00.000Z', text: '退款确实快，但是胀包的奶喝下去的怎么算', likes: 88 },
    { author: '乳业老兵', at: '2026-11-22T03:30:00.000Z', text: '冷链外包出问题不是第一次了', likes: 36 },
    { author: '搜狐网友9021', at: '2026-11-22T02:21:00.000Z', text: '沙发', likes: 2 },
    { author: '搜狐网友6650', at: '2026-11-22T03:45:00.000Z', text: '石家庄的超市也降了，一升便宜两块', likes: 5 },
  ],
};

const ifengItem = (user: string, words: string, time: string, up: number) => `<div class="index_item_7Rt2w">
<div class="index_user_5Kd1s">${user}</div><div class="index_words_3Tq8m">${words}</div>
<div class="index_foot_9Wx1z"><span class="index_date_2Rt4y">${time}</span><span class="index_up_6Ui0o">${up}</span></div></div>`;

const ifeng: LayoutPage = {
  name: 'news.ifeng.com hashed comments, plain-text names: 精选 before the name, 小编 and Lv5 after it, 【热门】 printed before the words',
  url: 'https://news.ifeng.com/c/8QingHe2026Nov22b',
  html: article('凤凰网', '<span>2026-11-22 10:20:00</span><span>来源：凤凰网财经</span>', `<div class="index_comment_box_5xk1Q"><div class="index_hd_8Lo2p">热门评论</div>
${ifengItem('<span class="index_tag_1Hs0k">精选</span><span class="index_name_4Vb8c">凤凰网友5521</span><span class="index_loc_7Hs2k">来自江苏</span>', '暂停合作就完了？承运商要不要赔偿', '2026-11-22 11:05', 73)}
${ifengItem('<span class="index_name_4Vb8c">财经小编阿杰</span><span class="index_tag_1Hs0k">小编</span><span class="index_loc_7Hs2k">来自北京</span>', '【热门】青禾回应得还算快，比去年那家乳企强', '2026-11-22 11:26', 40)}
${ifengItem('<span class="index_name_4Vb8c">冷链从业者</span><span class="index_lv_3Gh5d">Lv5</span><span class="index_loc_7Hs2k">来自广东</span>', '夏天冷链断一次就全完了，承运商的温控记录要查', '2026-11-22 11:48', 12)}
</div>`),
  headline,
  body,
  absent: ['热门评论', '要不要赔偿', '比去年那家', '温控记录'],
  author: '凤凰网财经',
  publishedAt: '2026-11-22T02:20:00.000Z',
  comments: [
    { author: '凤凰网友5521', at: '2026-11-22T03:05:00.000Z', text: '暂停合作就完了？承运商要不要赔偿', likes: 73 },
    { author: '财经小编阿杰', at: '2026-11-22T03:26:00.000Z', text: '青禾回应得还算快，比去年那家乳企强', likes: 40 },
    { author: '冷链从业者', at: '2026-11-22T03:48:00.000Z', text: '夏天冷链断一次就全完了，承运商的温控记录要查', likes: 12 },
  ],
};

const paperItem = (user: string, words: string, time: string, like: string) => `<div class="index_commentItem__Rb7Kp">
<div class="index_userRow__q2Lm9"><img class="index_avatar__Zk4Wq" src="${gif}" alt="">${user}</div>
<div class="index_content__Hy6Tn">${words}</div>
<div class="index_bottom__Mn8Vc"><span class="index_time__Cx3Ps">${time}</span><span class="index_like__Dp1Qa">${like}</span><span class="index_reply__Fe9Ws">回复</span></div>
<div class="index_replies__Gb2Nk"></div></div>`;

const paper: LayoutPage = {
  name: 'thepaper.cn hashed comments: a 作者 badge and a V beside the name, 最佳评论 and 1楼 / #3 floors in the name row',
  url: 'https://www.thepaper.cn/newsDetail_forward_30312345',
  html: article('澎湃新闻', '<span>澎湃新闻记者 林晓</span><span>2026-11-22 10:20</span>', `<div class="index_commentList__w3Rt8"><h3 class="index_commentTitle__Lp2Xs">评论</h3>
${paperItem('<span class="index_userName__Tq5Er">澎湃网友Kd3</span><span class="index_floor__Ys1Gh">1楼</span><span class="index_badge__Vv0Ab">最佳评论</span>', '承运商的名字为什么不公布？', '3小时前', '156')}
${paperItem('<span class="index_userName__Tq5Er">林晓</span><span class="index_badge__Vv0Ab">作者</span><span class="index_verified__Nn4Zx">V</span>', '承运商名单青禾已向监管部门报备，我们在跟进。', '2小时前', '48')}
${paperItem('<span class="index_userName__Tq5Er">澎湃网友Pm7</span><span class="index_floor__Ys1Gh">#3</span>', '低温奶还是买本地牧场的放心', '1小时前', '9')}
</div>`),
  headline,
  body,
  absent: ['为什么不公布', '在跟进', '本地牧场'],
  author: '林晓',
  publishedAt: '2026-11-22T02:20:00.000Z',
  comments: [
    { author: '澎湃网友Kd3', at: '2026-11-22T06:40:00.000Z', text: '承运商的名字为什么不公布？', likes: 156 },
    { author: '林晓', at: '2026-11-22T07:40:00.000Z', text: '承运商名单青禾已向监管部门报备，我们在跟进。', likes: 48 },
    { author: '澎湃网友Pm7', at: '2026-11-22T08:40:00.000Z', text: '低温奶还是买本地牧场的放心', likes: 9 },
  ],
};

const people: LayoutPage = {
  name: 'a people.com.cn-style 留言 list: head rows of plain name and time with 精选 before the name, 官方 after it, short words (支持, 同问)',
  url: 'http://finance.people.com.cn/n1/2026/1122/c1004-40134567.html',
  html: article('人民网', '2026年11月22日10:20 | 来源：人民网－财经频道', `<div class="message"><h3>网友留言</h3><div class="msg-list">
<div class="msg-one"><div class="msg-hd"><span class="msg-tag">精选</span><span class="msg-name">石家庄老刘</span><span class="msg-time">2026-11-22 11:06</span></div><div class="msg-txt">支持</div></div>
<div class="msg-one"><div class="msg-hd"><span class="msg-name">青禾乳业客服</span><span class="msg-tag">官方</span><span class="msg-time">2026-11-22 11:30</span></div><div class="msg-txt">退款热线400-800-1234，24小时有人接听。</div></div>
<div class="msg-one"><div class="msg-hd"><span class="msg-name">保定宝妈</span><span class="msg-tag">[热评]</span><span class="msg-time">2026-11-22 11:52</span></div><div class="msg-txt">同问</div></div>
</div></div>`),
  headline,
  body,
  absent: ['网友留言', '退款热线'],
  author: '人民网－财经频道',
  publishedAt: '2026-11-22T02:20:00.000Z',
  comments: [
    { author: '石家庄老刘', at: '2026-11-22T03:06:00.000Z', text: '支持' },
    { author: '青禾乳业客服', at: '2026-11-22T03:30:00.000Z', text: '退款热线400-800-1234，24小时有人接听。' },
    { author: '保定宝妈', at: '2026-11-22T03:52:00.000Z', text: '同问' },
  ],
};

export const badgePages: LayoutPage[] = [n163, sina, sohu, ifeng, paper, people];
