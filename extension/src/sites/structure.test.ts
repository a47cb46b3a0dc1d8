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
