// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { dropLead, dropTail, extractText, mapToShown, rangeFor } from './text-map.ts';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

/** The reading of one text node character by character (what the gap-by-gap reading replaced, issue 15). */
function byCharacter(data: string): { text: string; runs: [number, number, number][] } {
  const space = /[ \t\n\r\f]/;
  let text = '';
  const runs: [number, number, number][] = [];
  let runStart = -1;
  let pendingSpace = false;
  const close = (end: number) => {
    if (runStart < 0) return;
    runs.push([text.length, end - runStart, runStart]);
    text += data.slice(runStart, end);
    runStart = -1;
  };
  for (let i = 0; i < data.length; i++) {
    const ch = data[i]!;
    if (space.test(ch)) {
      if (ch === ' ' && runStart >= 0 && i + 1 < data.length && !space.test(data[i + 1]!)) continue;
      close(i);
      pendingSpace = true;
      continue;
    }
    if (runStart < 0) {
      if (text !== '' && pendingSpace) text += ' ';
      pendingSpace = false;
      runStart = i;
    }
  }
  close(data.length);
  return { text, runs };
}

describe('logical text', () => {
  test('a text node reads as it did character by character: the same text and the same runs', () => {
    const alphabet = ['青', '禾', 'a', ' ', ' ', '\n', '\t', '\r', '\f', '\u00a0', '\u3000', '，'];
    let seed = 5;
    const rnd = (n: number) => (((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 12) % n);
    for (let k = 0; k < 2000; k++) {
      const data = Array.from({ length: rnd(12) }, () => alphabet[rnd(alphabet.length)]).join('');
      const root = document.createElement('span');
      root.append(data);
      const { text, map } = extractText([root]);
      const want = byCharacter(data);
      expect(text, JSON.stringify(data)).toBe(want.text);
      expect(map.runs.map((r) => [r.start, r.length, r.nodeStart]), JSON.stringify(data)).toEqual(want.runs);
    }
  });

  test('emoji images contribute their alt text and map back to the image', () => {
    const root = el('孩子过敏了<img alt="[怒]" src="x.png">，青禾必须给说法');
    const { text, map } = extractText([root]);
    expect(text).toBe('孩子过敏了[怒]，青禾必须给说法');
    const r = rangeFor(map, 5, 8);
    expect(r?.startContainer).toBe(root);
    expect(r?.toString()).toBe('');
    expect(rangeFor(map, text.indexOf('青禾'), text.indexOf('青禾') + 2)?.toString()).toBe('青禾');
  });

  test('indentation collapses, block boundaries become line breaks, offsets still map to the right nodes', () => {
    const root = el('\n   <p>  喝了<b>青禾</b>牛奶 </p>\n  <p>要起诉\n   青禾乳业</p>  ');
    const { text, map } = extractText([root]);
    expect(text).toBe('喝了青禾牛奶\n要起诉 青禾乳业');
    const start = text.lastIndexOf('青禾乳业');
    expect(rangeFor(map, start, start + 4)?.toString()).toBe('青禾乳业');
    expect(rangeFor(map, 2, 6)?.toString()).toBe('青禾牛奶');
  });

  test('a span across the virtual line break covers both sides', () => {
    const root = el('<p>青禾</p><p>牛奶</p>');
    const { text, map } = extractText([root]);
    expect(text).toBe('青禾\n牛奶');
    expect(rangeFor(map, 0, 5)?.toString()).toBe('青禾牛奶');
  });

  test('展开 / 全文 controls are left out and mark the text as truncated', () => {
    const a = extractText([el('某禾乳业的奶又胀包了<span class="expand">展开</span>')]);
    expect(a).toMatchObject({ text: '某禾乳业的奶又胀包了', truncated: true });
    const b = extractText([el('扒一扒某禾乳业...<a href="/status/1">全文</a>')]);
    expect(b).toMatchObject({ text: '扒一扒某禾乳业...', truncated: true });
    expect(extractText([el('展开说说青禾的问题')]).truncated).toBe(false);
  });

  test.each([
    ['<span class="expand">收起</span>', '青禾乳业回应了。'],
    ['<a href="javascript:;">收起全文</a>', '青禾乳业回应了。'],
  ])('the 收起 of an expanded long post (%s) is left out and the text is whole', (control, text) => {
    expect(extractText([el(`青禾乳业回应了。${control}`)])).toMatchObject({ text, truncated: false });
    expect(extractText([el('收起了对青禾的期待')]).text).toBe('收起了对青禾的期待');
  });

  test('a comment\'s 查看图片 link is left out; words that only mention a picture stay', () => {
    const pic = '<a href="https://photo.weibo.com/h5/comment/compic_id/1"><span><i class="woo-font--imgComment"></i>查看图片</span></a>';
    expect(extractText([el(`青禾的奶又胀包了${pic}`)])).toMatchObject({ text: '青禾的奶又胀包了', truncated: false });
    expect(extractText([el('<a href="/p/1">查看图片说明</a>')]).text).toBe('查看图片说明');
    expect(extractText([el('<span>查看图片</span>')]).text).toBe('查看图片');
  });

  test('hidden nodes and excluded subtrees are not part of the text', () => {
    const root = el('青禾<span style="display:none">隐藏</span>牛奶<div class="reply">回复：青禾苗</div>');
    expect(extractText([root], { exclude: '.reply' }).text).toBe('青禾牛奶');
  });

  test('zero-width characters stay in the text (the engine normalises them) and keep offsets aligned', () => {
    const root = el('青\u200b禾牛奶喝出异物');
    const { text, map } = extractText([root]);
    expect(text).toBe('青\u200b禾牛奶喝出异物');
    expect(rangeFor(map, 0, 5)?.toString()).toBe('青\u200b禾牛奶');
  });
});

describe('dropLead', () => {
  test('the words after a name and its colon map back to the page as they read', () => {
    const line = el('<span class="nick">青禾乳业华南</span><span>作者</span>：感谢<b>支持</b>，我们会继续提升配送时效。');
    const nick = line.firstElementChild;
    const badge = nick?.nextElementSibling;
    const read = extractText([line], { skip: (x) => x === nick || x === badge });
    const ex = dropLead(read, 1);
    expect(ex.text).toBe('感谢支持，我们会继续提升配送时效。');
    expect(rangeFor(ex.map, 0, 4)?.toString()).toBe('感谢支持');
    expect(rangeFor(ex.map, 5, 8)?.toString()).toBe('我们会');
  });
});

describe('dropTail', () => {
  test('the words before a cut note map back to the page, a run split inside its text node', () => {
    const p = el('<p>公司表示，<b>新品</b>将于下月上线。（责任编辑：张三）</p>');
    const ex = dropTail(extractText([p]), '（责任编辑：张三）'.length);
    expect(ex.text).toBe('公司表示，新品将于下月上线。');
    expect(rangeFor(ex.map, 7, 14)?.toString()).toBe('将于下月上线。');
    expect(rangeFor(ex.map, 14, 20)).toBeNull();
  });
});

describe('mapToShown', () => {
  // A long Weibo search result: the cut text on screen, the whole text hidden beside it until 展开.
  const card = () => el('<p class="cut">喝了<em>青禾</em>牛奶过敏，客服...</p>'
    + '<p class="whole" style="display: none">喝了<em>青禾</em>牛奶过敏，客服推脱，准备起诉<em>青禾</em>乳业。<img alt="[怒]"></p>');
  const read = (c: Element, css: string) => extractText([c.querySelector(css)!]);
  const host = (r: Range | null) => (r?.startContainer.parentElement?.closest('p') as Element | null)?.className;

  test.each([
    ['青禾 on screen', 2, 4, '青禾', 'cut'],
    ['客服 before the cut', 9, 11, '客服', 'cut'],
    ['the words past the cut', 11, 15, '推脱，准', 'whole'],
    ['青禾 past the cut', 18, 20, '青禾', 'whole'],
  ])('the whole text, with %s mapped where it shows', (_, start, end, words, where) => {
    const c = card();
    const ex = mapToShown(read(c, '.whole'), read(c, '.cut'));
    expect(ex.text).toBe('喝了青禾牛奶过敏，客服推脱，准备起诉青禾乳业。[怒]');
    const r = rangeFor(ex.map, start, end);
    expect([r?.toString(), host(r)]).toEqual([words, where]);
  });

  test('an emoji past the cut still maps to its image; texts that differ from the start keep the whole map', () => {
    const c = card();
    const ex = mapToShown(read(c, '.whole'), read(c, '.cut'));
    expect(ex.map.runs.at(-1)).toMatchObject({ img: true, start: 23, length: 3 });
    const other = el('<p>另一段</p>');
    const whole = read(c, '.whole');
    expect(mapToShown(whole, extractText([other])).map).toBe(whole.map);
  });
});
