import { dictionary } from '@vigil/shared/i18n/dictionary';
import { lang } from '../i18n.ts';

/** The reply feature's words (issue 5), zh-CN first; kept beside the feature so i18n.ts stays small. */
const zh = {
  title: '统一口径',
  loading: '正在匹配口径…',
  none: '没有匹配的已批准口径',
  notSynced: '尚未同步口径：请在设置中连接 Vigil 服务器',
  offline: '离线：使用上次同步的口径',
  copy: '复制',
  insert: '插入回复框',
  copied: '已复制，可粘贴到回复框',
  inserted: '已插入回复框，请检查后自行发送',
  copyFailed: '复制失败，请手动选择文本复制',
  unfilled: '请先填写：',
  over: '超出字数上限',
  why: '推荐理由',
  queued: '使用记录待上传',
  refused: '该口径已失效，使用未被记录',
  noFit: '无合适口径',
  noFitHint: '已批准的口径都不适合这条内容，请勿套用。',
  gone: '页面上已找不到这条内容，请刷新后再试',
  noBox: '未找到回复框：请在页面上手动点开评论或回复后再试，或复制后粘贴',
  loginWall: '未找到回复框：页面要求登录，请先自行登录（Vigil 不会替你登录）后再插入，或复制后粘贴',
  noReplyBox: '公众号网页没有回复框，请复制后在公众号后台或微信内使用',
};
type Key = keyof typeof zh;
const en: Record<Key, string> = {
  title: 'Approved replies',
  loading: 'Matching replies…',
  none: 'No approved reply matches',
  notSynced: 'Replies not synced yet: connect to a Vigil server in the settings',
  offline: 'Offline: using the replies synced last',
  copy: 'Copy',
  insert: 'Insert into reply box',
  copied: 'Copied; paste it into the reply box',
  inserted: 'Inserted; check it and send it yourself',
  copyFailed: 'Copy failed; select the text and copy it by hand',
  unfilled: 'Fill in first: ',
  over: 'Over the length limit',
  why: 'Why',
  queued: 'use not uploaded yet',
  refused: 'This reply is no longer valid; the use was not recorded',
  noFit: 'No approved reply fits',
  noFitHint: 'None of the approved replies suits this post; do not force one.',
  gone: 'The post is no longer on the page; reload and try again',
  noBox: 'No reply box found: open the comment or reply box on the page yourself and try again, or copy and paste',
  loginWall: 'No reply box found: the page asks you to log in. Log in yourself (Vigil never does), then insert again, or copy and paste',
  noReplyBox: 'WeChat articles have no reply box on the web: copy the reply and use it in the account backend or in WeChat',
};

const words = dictionary(zh, en);
export const rt = (key: Key) => words(lang.value, key);
