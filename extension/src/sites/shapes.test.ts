// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { nameInOwnRow, plainName } from './shapes.ts';

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

// Before the words are known (the structural fallback's rows, issue 4): the name no profile link gives.
describe('plainName', () => {
  const nameOf = (html: string) => {
    const unit = document.createElement('div');
    unit.innerHTML = html;
    return plainName(unit, unit.querySelector('.when') as Element, now)?.textContent ?? undefined;
  };

  test.each([
    ['a head row of name and time', '<div><span>泉城路老张</span><span class="when">2026-11-22 15:02</span></div><div>顶</div>', '泉城路老张'],
    ['a badge before the name in the head row', '<div><span>精选</span><span>石家庄老刘</span><span class="when">11-22 15:02</span></div><div>支持</div>', '石家庄老刘'],
    ['a name row with a place the region list does not know', '<div><span>滹沱河边</span><span>河北正定</span></div><div>6</div><div><span class="when">1小时前</span><span>回复</span></div>', '滹沱河边'],
    ['a <dt> over the words and the time', '<dl><dt><span>潍坊网友</span></dt><dd><p>赞</p><div><span class="when">2026-11-22 15:21</span><a>回复</a></div></dd></dl>', '潍坊网友'],
    ['a name row below the words (a release)', '<div><span class="when">1小时前</span><span>赞(3)</span></div><div>？</div><div><span>保定府的猫</span><span>河北保定</span></div>', '保定府的猫'],
  ])('%s', (_, html, name) => {
    expect(nameOf(html)).toBe(name);
  });

  test.each([
    ['one character in a cell of its own is words', '<div><span>顶</span></div><div><span class="when">1小时前</span></div>'],
    ['words after the name on one line', '<div><span>奶爸阿明</span>：好的谢谢</div><div><span class="when">1小时前</span></div>'],
    ['words in a block of their own', '<div>降价是好事</div><div><span class="when">1小时前</span></div>'],
    ['a place, a floor and a control', '<div><span>广东</span></div><div><span>沙发</span></div><div><span>举报</span></div><div>支持</div><div><span class="when">1小时前</span></div>'],
  ])('%s: no name', (_, html) => {
    expect(nameOf(html)).toBeUndefined();
  });
});
