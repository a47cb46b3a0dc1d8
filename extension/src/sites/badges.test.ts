// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { BADGE_TEXT, commentWords, nameText } from './badges.ts';
import { rangeFor } from './text-map.ts';

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

describe('badges', () => {
  test.each([
    '置顶', '[置顶]', '【热评】', '精选', '神评', '最佳评论', '热门', '沙发', '作者', '小编', '官方', '楼主', '作者赞过',
    '作者回复', '小编回复：', 'Lv5', 'LV.12', 'V', '粉丝团', '铁粉', '1楼', '#3', '板凳', 'UP', 'UP主觉得很赞',
  ])('%s is a badge', (text) => {
    expect(BADGE_TEXT.test(text)).toBe(true);
  });

  test.each(['这条必须置顶', '热评第一说得对', '官方回应', '6', '顶', '？', '3', '青禾乳业官方', 'V5'])('%s is no badge', (text) => {
    expect(BADGE_TEXT.test(text)).toBe(false);
  });

  test.each([
    ['a tag before the words', '<span class="top">置顶</span>这条必须置顶，青禾乳业的奶有问题', '这条必须置顶，青禾乳业的奶有问题'],
    ['a bracketed tag before the words', '<span>[置顶]</span>退款流程很快', '退款流程很快'],
    ['two tags before the words', '<i>作者</i><i>置顶</i>报告在主页，可以去看', '报告在主页，可以去看'],
    ['a tag after the words', '冷链外包是行业通病<em>热评</em>', '冷链外包是行业通病'],
    ['a label printed as text before the words', '【热门】青禾回应得还算快', '青禾回应得还算快'],
    ['a label printed as text, then a tag', '[置顶] <b>青禾</b>的奶有问题', '青禾的奶有问题'],
    ['a tag inside a sentence', '这条评论应该<b>置顶</b>，冷链外包是行业通病', '这条评论应该置顶，冷链外包是行业通病'],
    ['words that are a badge whole', '<span>沙发</span>', '沙发'],
    ['a label printed as text that is all the words', '[置顶]', '[置顶]'],
    ['words that only start with a badge word', '热评第一说得对', '热评第一说得对'],
  ])('a comment’s words: %s', (_, html, words) => {
    expect(commentWords([el(html)]).text).toBe(words);
  });

  test('a root that is only a badge, before or after the others, is no words; one alone is', () => {
    const line = el('<span>置顶</span><span>批次号在瓶盖内侧</span><span>热评</span>');
    expect(commentWords(Array.from(line.children)).text).toBe('批次号在瓶盖内侧');
    expect(commentWords([el('<span>沙发</span>')]).text).toBe('沙发');
  });

  test('words read past a printed label map back to the page as they read', () => {
    const ex = commentWords([el('[置顶] <b>青禾</b>的奶有问题')]);
    expect(rangeFor(ex.map, 0, 2)?.toString()).toBe('青禾');
  });

  test.each([
    ['a tag after the name', '青禾乳业<span>官方</span>', '青禾乳业'],
    ['a level and a V after the name', '冷链从业者<span>Lv5</span><i>V</i>', '冷链从业者'],
    ['a tag before the name', '<em>楼主</em>乳业老兵', '乳业老兵'],
    ['a name with a badge word inside it', '青禾乳业官方', '青禾乳业官方'],
    ['a row of the name, a badge and the place', '<a href="/u/1">搜狐网友3306</a><span>精选</span><span>[北京]</span>', '搜狐网友3306'],
    ['a name that starts with a place', '<span>广东</span>靓仔', '广东靓仔'],
  ])('a name: %s', (_, html, name) => {
    expect(nameText(el(html)).trim()).toBe(name);
  });
});
