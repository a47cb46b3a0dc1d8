// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { repeatedUnits } from './repeated-units.ts';
import {
  biliThread, buyer, dyItem, dyList, type Expected, ksComment, other, portalComment, staff, type ThreadCase, wbThread,
  wbReplyAbove, wrapped, xhsList, xhsThread, zhThread,
} from './repeated-units-pages.ts';
import { rowsOf, textBlockOf } from './structure.ts';
import { extractText } from './text-map.ts';

const now = new Date('2026-11-22T09:40:00Z');

/** The units the walk finds under a list: commenter, words (no name: before them, no time after), the comment replied to. */
function walked(html: string): Expected[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  const found = repeatedUnits(root, now);
  const els = found.map((f) => f.el);
  return found.map(({ el, parent }) => {
    const nested = (x: Element) => x !== el && els.includes(x);
    const rows = rowsOf(el, now, nested);
    const name = rows.author?.textContent?.trim();
    const block = textBlockOf(el, rows, nested);
    const text = block ? extractText([block], { skip: (x) => nested(x) || rows.chrome.has(x) }).text.replace(/\s+/g, '') : '';
    const words = (name && text.startsWith(name) ? text.slice(name.length) : text).replace(/^[:：]/, '');
    return parent ? [name, words, els.indexOf(parent)] : [name, words];
  });
}

const said = (s: typeof buyer, parent?: number): Expected => (parent === undefined ? [s.name, s.words] : [s.name, s.words, parent]);
const plain = { ...staff, words: '已私信您，请留意' };
const led = { ...staff, words: '回复 @酸奶受害者 : 已私信您，请留意' };
const answer = { ...staff, words: '回复@酸奶受害者:已私信您，请留意' };
const long = { ...staff, words: '已私信您，请留意查收，退款会在三个工作日内原路退回' };
const squash = (e: Expected): Expected => [e[0], e[1].replace(/\s+/g, ''), ...(e.length > 2 ? [e[2]] : [])] as Expected;

describe('repeatedUnits: a thread of one comment and its one reply is a comment and a reply, not two comments', () => {
  const cases: ThreadCase[] = [
    {
      name: '小红书: the reply box (展开 3 条回复 under the reply) beside its comment, then a plain comment',
      html: xhsList(xhsThread(buyer, plain, '展开 3 条回复') + xhsThread(other)),
      units: [said(buyer), said(plain, 0), said(other)],
    },
    {
      name: '小红书: the note’s only thread, its reply the comment’s item under a modifier (comment-item comment-item-sub)',
      html: xhsList(xhsThread(buyer, led, '', true)),
      units: [said(buyer), said(led, 0)],
    },
    {
      name: '微博: the one reply shown (回复@青禾乳业官方:, 共2条回复 under it) in a box beside the comment’s card, then a plain comment',
      html: `<div class="vue-recycle-scroller__item-wrapper">${wbThread(buyer, staff, '共2条回复')}${wbThread(other)}</div>`,
      units: [said(buyer), said(staff, 0), said(other)],
    },
    {
      name: '微博: a plain comment, then a thread whose reply answers its commenter (回复@酸奶受害者:)',
      html: `<div class="vue-recycle-scroller__item-wrapper">${wbThread(other)}${wbThread(buyer, answer)}</div>`,
      units: [said(other), said(buyer), said(answer, 1)],
    },
    {
      name: '知乎: the only thread, its reply a thread of the same template nested in its children box',
      html: `<div class="css-18ld3w0">${zhThread(buyer, plain)}</div>`,
      units: [said(buyer), said(plain, 0)],
    },
    {
      name: '抖音: a release moved the expanded reply beside the item’s body; its avatar is smaller (24 px to 32 px)',
      html: dyList(dyItem(buyer, plain, true) + dyItem(other)),
      units: [said(buyer), said(plain, 0), said(other)],
    },
  ];
  test.each(cases)('$name', ({ html, units }) => {
    expect(walked(html)).toEqual(units.map(squash));
  });
});

describe('repeatedUnits: a comment keeps its own words, not those of the one reply nested in it', () => {
  const cases: ThreadCase[] = [
    {
      name: '快手: the reply (longer than the comment) nested in the comment’s body, classes renamed',
      html: `<div class="k2-list">${ksComment(buyer, long)}${ksComment(other)}</div>`,
      units: [said(buyer), said(long, 0), said(other)],
    },
    {
      name: '抖音: the expanded reply in the item’s body, with a smaller avatar',
      html: dyList(dyItem(buyer, long) + dyItem(other)),
      units: [said(buyer), said(long, 0), said(other)],
    },
    {
      name: 'B站: a release prints the thread’s reply (回复 @酸奶受害者 :) before its comment',
      html: `<div id="feed">${biliThread(buyer, led, true)}${biliThread(other)}</div>`,
      units: [said(buyer), said(led, 0), said(other)],
    },
    {
      name: '微博: a release prints the one reply above the comment’s line, each line with its time; the avatar is the comment’s',
      html: `<div class="vue-recycle-scroller__item-wrapper">${wbReplyAbove({ ...buyer, time: '11-21 20:30' }, { ...plain, time: '11-22 09:10' })}${wbReplyAbove({ ...other, time: '11-22 08:00' })}</div>`,
      units: [said(buyer), said(plain, 0), said(other)],
    },
    {
      name: 'a portal: the 作者回复 box under a reader’s words, names in plain text',
      html: `<ul class="cmt-list">${portalComment('梧桐树下', '11-22 15:02', buyer.words, ['11-22 16:20', long.words])}${portalComment('南京路上', '11-22 15:20', other.words)}</ul>`,
      units: [[undefined, buyer.words], [undefined, long.words, 0], [undefined, other.words]],
    },
  ];
  test.each(cases)('$name', ({ html, units }) => {
    expect(walked(html)).toEqual(units.map(squash));
  });
});

describe('repeatedUnits: two sibling comments of which a release wrapped only one are still a group', () => {
  const cases: ThreadCase[] = [
    {
      name: 'a portal: two <li> comments, the second wrapped in a div',
      html: `<ul class="cmt-list">${portalComment('梧桐树下', '11-22 15:02', buyer.words)}${wrapped(portalComment('南京路上', '11-22 15:20', other.words))}</ul>`,
      units: [[undefined, buyer.words], [undefined, other.words]],
    },
    {
      name: '抖音: two data-e2e comment items, the first wrapped',
      html: dyList(wrapped(dyItem(buyer)) + dyItem(other)),
      units: [said(buyer), said(other)],
    },
    {
      name: 'B站: two thread renderers, the second wrapped twice',
      html: `<div id="feed">${biliThread(buyer)}${wrapped(wrapped(biliThread(other)))}</div>`,
      units: [said(buyer), said(other)],
    },
    {
      name: '抖音: the wrapped item holds a thread of one comment and one reply',
      html: dyList(dyItem(other) + wrapped(dyItem(buyer, long))),
      units: [said(other), said(buyer), said(long, 1)],
    },
  ];
  test.each(cases)('$name', ({ html, units }) => {
    expect(walked(html)).toEqual(units.map(squash));
  });
});

describe('repeatedUnits: what stays two comments, or two replies, beside each other', () => {
  const dyMore = dyItem(other).replace('<span>回复</span></div>', '<span>回复</span></div><button class="Wo4ZxL8m"><span>展开3条回复</span></button>');
  const cases: ThreadCase[] = [
    {
      name: '微博: two replies in a comment’s box, the second answering the first (回复@控糖小能手:)',
      html: `<div class="vue-recycle-scroller__item-wrapper">${wbThread(buyer).replace('</div></div></div>\n', `</div></div></div><div class="_list_8k2j1_9">${['_con_8k2j1_3', '_con_8k2j1_3'].map((c, i) => `<div class="${c} woo-box-item-flex"><div class="_text_8k2j1_4"><a href="/u/${i ? staff.uid : other.uid}">${i ? staff.name : other.name}</a>:<span>${i ? '回复@控糖小能手:同一批次的请私信我们' : other.words}</span></div><div class="_info_8k2j1_6"><div>${i ? staff.time : other.time}</div></div></div>`).join('')}</div>\n`)}${wbThread(plain)}</div>`,
      units: [said(buyer), said(other, 0), [staff.name, '回复@控糖小能手:同一批次的请私信我们', 0], said(plain)],
    },
    {
      name: '抖音: two comments, the second with its own 展开3条回复 among its rows',
      html: dyList(dyItem(buyer) + dyMore),
      units: [said(buyer), said(other)],
    },
    {
      name: '小红书: two comments, the second answering someone else (回复 @路过的小张 :)',
      html: xhsList(xhsThread(buyer) + xhsThread({ ...other, words: '回复 @路过的小张 : 同一批次我也喝了，没事' })),
      units: [said(buyer), [other.name, '回复 @路过的小张 : 同一批次我也喝了，没事']],
    },
  ];
  test.each(cases)('$name', ({ html, units }) => {
    expect(walked(html)).toEqual(units.map(squash));
  });
});
