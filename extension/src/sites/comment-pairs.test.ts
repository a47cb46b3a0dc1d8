// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { pairedComments } from './comment-pairs.ts';

// Reader comments printed as a head row over a words row (issue 4): which sections pair up, and which do not.

const now = new Date('2026-11-22T09:40:00Z');

const read = (html: string) => {
  const section = document.createElement('div');
  section.innerHTML = html;
  return pairedComments(section, now).map((p) => [p.head.textContent?.replace(/\s+/g, ' ').trim(), p.el.textContent?.trim(), p.iso]);
};

describe('pairedComments', () => {
  test('a <dl> of name and time over words', () => {
    expect(read(`<dl><dt><b>运河边</b> 2026-11-22 15:21</dt><dd>讲解很专业，冷库里真冷。</dd>
<dt><b>狮城老李</b> 昨天 16:47</dt><dd>预约名额太少了。</dd></dl>`)).toEqual([
      ['运河边 2026-11-22 15:21', '讲解很专业，冷库里真冷。', '2026-11-22T07:21:00.000Z'],
      ['狮城老李 昨天 16:47', '预约名额太少了。', '2026-11-21T08:47:00.000Z'],
    ]);
  });

  test.each([
    ['one pair only', '<dl><dt>运河边 2026-11-22 15:21</dt><dd>讲解很专业。</dd><dt>查看更多</dt><dd>（共1条）</dd></dl>'],
    ['rows that each hold a time', '<ul><li>运河边 2026-11-22 15:21 讲解很专业</li><li>老李 2026-11-22 16:47 名额太少</li><li>小王 2026-11-22 17:01 好</li><li>小张 2026-11-22 17:20 支持</li></ul>'],
    ['rows without a time', '<ul><li>运河边</li><li>讲解很专业</li><li>老李</li><li>名额太少</li></ul>'],
  ])('%s: no pairs', (_, html) => {
    expect(read(html)).toEqual([]);
  });
});
