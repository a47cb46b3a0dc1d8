// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isControlRow } from './control-rows.ts';

// Share, font-size and print rows made of spans inside an article container (issue 4), and what looks alike.

const first = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.firstElementChild as Element;
};

describe('isControlRow', () => {
  test.each([
    ['<div><span>分享到：</span><span>微信</span><span>微博</span><span>QQ空间</span></div>'],
    ['<div>字号：<span>大</span> <span>中</span> <span>小</span></div>'],
    ['<div><span>打印</span><span>【纠错】</span></div>'],
    ['<p>【打印】</p>'],
    ['<div class="share-bar"><span>分享至</span><span>微信</span><span>微博</span><span>收藏 128</span></div>'],
  ])('%s is a control row', (html) => {
    expect(isControlRow(first(html))).toBe(true);
  });

  test.each([
    ['<p>据<span>微博</span>消息，青禾乳业22日宣布召回。</p>'],
    ['<p>青禾乳业在微博上分享了整改进展。</p>'],
    ['<p>微信</p>'],
    ['<div>公司还承诺，消费者可通过微信小程序查询温度记录。</div>'],
  ])('%s is article text', (html) => {
    expect(isControlRow(first(html))).toBe(false);
  });

  test('a control word inside a sentence stays in it', () => {
    const p = first('<p>据<span>微博</span>消息，青禾乳业可<span>打印</span>检测报告。</p>');
    expect(Array.from(p.querySelectorAll('span')).map(isControlRow)).toEqual([false, false]);
  });
});
