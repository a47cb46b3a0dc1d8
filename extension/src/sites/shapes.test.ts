// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { nameInOwnRow } from './shapes.ts';

// A commenter's name printed as plain text in a row of its own (issue 4): found above or below the words, never a
// floor number, a control or the time's row.

const now = new Date('2026-11-22T09:40:00Z');

function nameIn(html: string): string | undefined {
  const unit = document.createElement('div');
  unit.innerHTML = html;
  const text = unit.querySelector('.words') as Element;
  const time = unit.querySelector('.when') ?? undefined;
  return nameInOwnRow(unit, text, time, now)?.textContent ?? undefined;
}

describe('nameInOwnRow', () => {
  test.each([
    ['<dt><img alt=""><span>潍坊网友</span></dt><dd><p class="words">有机认证每年都要复审吧？</p><div><span class="when">2026-11-22 16:08</span><a>回复</a><a>赞(2)</a></div></dd>', '潍坊网友'],
    ['<div><span>广东广州</span></div><div><span>湖南妹子</span></div><div class="words">支持青禾！</div><span class="when">16:02</span>', '湖南妹子'],
    ['<div><span>3楼</span><span>燕赵小哥</span><span>河北石家庄</span></div><div class="words">支持青禾！</div><div><span class="when">2小时前</span><span>举报</span></div>', '燕赵小哥'],
    // A release that moves the name row below the words keeps the name.
    ['<div><span class="when">2026-11-22 15:40</span><span>66</span></div><div class="words">先别急着下结论</div><div><span>凤凰网友2231</span></div>', '凤凰网友2231'],
  ])('%s: %s', (html, name) => {
    expect(nameIn(html)).toBe(name);
  });

  test.each([
    ['<div class="words">先别急着下结论，等官方调查</div><div><span class="when">2026-11-22 16:02</span><span>来自江苏</span><a>回复</a></div>'],
    ['<div><span>沙发</span><a>举报</a></div><div class="words">先别急着下结论</div><span class="when">16:02</span>'],
    // Where the commenter came from, in a row of its own: a place, never a name.
    ['<div><span>广东</span></div><div class="words">先别急着下结论</div><div><span class="when">2小时前</span><span>赞 3</span></div>'],
    ['<div><span>北京市朝阳区</span></div><div class="words">先别急着下结论</div><div><span class="when">2小时前</span></div>'],
  ])('%s names no one', (html) => {
    expect(nameIn(html)).toBeUndefined();
  });
});
