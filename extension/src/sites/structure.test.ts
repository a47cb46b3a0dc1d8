// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { countsOf, rowsOf } from './structure.ts';

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
