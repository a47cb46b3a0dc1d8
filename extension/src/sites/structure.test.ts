// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { countsOf, rowsOf, textBlockOf } from './structure.ts';

const now = new Date('2026-11-22T09:40:00Z');
const ORDER = ['reposts', 'comments', 'likes'] as const;

function toolbar(cells: string[]): Element {
  const el = document.createElement('div');
  el.innerHTML = `<p>青禾乳业回应了</p><div>${cells.map((c) => `<div><span class="_ico_x1y2z"></span><span>${c}</span></div>`).join('')}</div>`;
  return el;
}

describe('rowsOf: counts of a toolbar that names none of them', () => {
  test.each([
    [['12', '34', '56'], { reposts: 12, comments: 34, likes: 56 }],
    [['1.2万', '评论', '10万+'], { reposts: 12_000, comments: 0, likes: 100_000 }],
    [['转发', '3', '赞'], { reposts: 0, comments: 3, likes: 0 }],
    [['转发', '评论', '1.5w'], { reposts: 0, comments: 0, likes: 15_000 }],
  ])('%j: unlabelled counts take, in order, the fields no zero label took', (cells, counts) => {
    expect(countsOf(rowsOf(toolbar(cells), now, undefined, ORDER))).toEqual(counts);
  });
});

describe('rowsOf and textBlockOf: a comment of a number or one character', () => {
  const comment = (words: string, head = '') => {
    const el = document.createElement('div');
    el.innerHTML = `<div><a href="/user/u1">奶爸阿明</a>${head}</div><div><span>${words}</span></div>`
      + '<div><span>3天前·广东</span><p><span>12</span></p><span>回复</span></div>';
    return el;
  };

  test.each(['666', '111', '赞', '？'])('%s between the name and the time is the comment, the 12 after the time its likes', (words) => {
    const el = comment(words);
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(countsOf(rows)).toEqual({ likes: 12 });
    expect(textBlockOf(el, rows)?.textContent).toBe(words);
  });

  test('赞 after the name on its own line is the comment, though the time is printed above it', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div><span>11-21 20:30 来自浙江</span><button title="赞"><span>3</span></button></div><div><a href="/u/6612340103">青禾老粉</a>:<span>赞</span></div>';
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(countsOf(rows)).toEqual({ likes: 3 });
    expect(textBlockOf(el, rows)?.textContent).toBe('青禾老粉:赞');
  });

  test.each([
    ['the name, time and 12 in one row above the words', '<div><a href="/u/6612340201">奶爸阿明</a><span>11-21 20:30</span><span>12</span></div><div><span>青禾的奶源看着放心</span></div>'],
    ['name:words, time and 12 in one line', '<div><a href="/u/6612340201">奶爸阿明</a>:<span>青禾的奶源看着放心</span> <span>11-21 20:30</span> <span>12</span></div>'],
  ])('a plain number after the time in the name’s row is the likes, not words: %s', (_, html) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(countsOf(rows)).toEqual({ likes: 12 });
    expect(textBlockOf(el, rows)?.textContent).toContain('青禾的奶源看着放心');
    expect(rows.counts.likes?.el.textContent).toBe('12');
  });

  test.each(['666', '赞'])('%s in the block under a head row of name, time and likes is the comment; a bare 12 in the bar after it is no words', (words) => {
    const el = document.createElement('div');
    el.innerHTML = `<div><a href="/u/6612340403">老铁</a><span>11-22 16:05</span><span>来自辽宁</span><span>12</span></div><div>${words}</div><div><span>回复</span><span>5</span></div>`;
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(rows.counts.likes?.n).toBe(12);
    expect(textBlockOf(el, rows)?.textContent).toBe(words);
    expect(rows.chrome.has(el.lastElementChild!.lastElementChild!)).toBe(true);
  });

  test('666 in the block right above the head row (a release moved the row down) is the comment', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div><span>回复</span></div><div>666</div><div><a href="/u/6612340403">老铁</a><span>11-22 16:05</span><span>12</span></div>';
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(rows.counts.likes?.n).toBe(12);
    expect(textBlockOf(el, rows)?.textContent).toBe('666');
  });

  test.each(['666', '？', '青禾的奶源看着放心'])('%s between the time row and the name row (a release reversed the blocks) is the comment; the 12 in the time row its likes', (words) => {
    const el = document.createElement('div');
    el.innerHTML = `<div><span>1天前·山东</span><p><span>12</span></p><span>回复</span></div><div><span>${words}</span></div><div><a href="/user/u1">老铁</a></div>`;
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(countsOf(rows)).toEqual({ likes: 12 });
    expect(textBlockOf(el, rows)?.textContent).toBe(words);
  });

  test('a count an icon marks stays a count, even beside the name', () => {
    const el = comment('青禾的奶源看着放心', '<span><i class="icon-like"></i><span>88</span></span>');
    expect(countsOf(rowsOf(el, now, undefined, ['likes']))).toEqual({ likes: 88 });
  });

  test('a separator between the name and the time is no comment', () => {
    const el = comment('·');
    expect(textBlockOf(el, rowsOf(el, now))).toBeUndefined();
  });
});

// A commenter no profile link names (a portal's plain-text name, no avatar, issue 4): the name is longer than a
// comment of one character, and still no words; a 6 or a 赞 where the words go is the comment, no count.
describe('rowsOf and textBlockOf: one character under a plain-text name', () => {
  test.each([
    ['顶', 'a head row of name and time', '<div><span>泉城路老张</span><span>2026-11-22 15:02</span></div><div>顶</div>'],
    ['6', 'a head row of name and time', '<div><span>历下区宝妈</span><span>2026-11-22 15:21</span></div><div>6</div>'],
    ['赞', 'a head row of name and time', '<div><span>趵突泉边遛弯</span><span>2026-11-22 15:10</span></div><div>赞</div>'],
    ['？', 'a name row with a place, a footer of time, 回复 and 赞(3)', '<div><span>保定府的猫</span><span>河北保定</span></div><div>？</div><div><span>40分钟前</span><span>回复</span><span>赞(3)</span></div>'],
    ['6', 'a name row with a place, a footer of time, 回复 and 赞(3)', '<div><span>滹沱河边</span><span>河北正定</span></div><div>6</div><div><span>1小时前</span><span>回复</span><span>赞(3)</span></div>'],
    ['赞', 'a <dt> name over a <dd> of words and time', '<dl><dt><span>潍坊网友</span></dt><dd><p>赞</p><div><span>2026-11-22 15:21</span><a>回复</a></div></dd></dl>'],
    ['顶', 'a linked name with [北京] beside it', '<div><a href="/u/5566780001">手机用户8801</a><span>[北京]</span></div><div>顶</div><div><span>11-22 15:02</span><a>赞 <em>36</em></a></div>'],
  ])('%s under %s is the comment', (words, _, html) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    const rows = rowsOf(el, now, undefined, ['likes']);
    expect(textBlockOf(el, rows)?.textContent).toBe(words);
    expect(rows.counts.likes?.el.textContent).not.toBe(words);
  });

  test.each([
    ['a head row of a plain-text name and the time', '<div><span>大明湖畔</span><span>2026-11-22 14:30</span></div><div>沙发</div>'],
    ['a linked name with a badge beside it', '<div><a href="/u/5566780004">青禾铁粉</a><span>楼主</span></div><div>置顶</div><div><span>11-22 16:40</span></div>'],
  ])('words that are a badge word whole under %s are the comment; the badge beside the name is not', (_, html) => {
    const el = document.createElement('div');
    el.innerHTML = html;
    expect(textBlockOf(el, rowsOf(el, now))?.textContent).toMatch(/^(?:沙发|置顶)$/);
  });

  test('the name row alone is the text where there are no other words', () => {
    const el = document.createElement('div');
    el.innerHTML = '<div><span>滹沱河边</span><span>河北正定</span></div><div><span>1小时前</span><span>回复</span></div>';
    expect(textBlockOf(el, rowsOf(el, now))?.textContent).toBe('滹沱河边河北正定');
  });
});
