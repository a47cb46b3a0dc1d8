// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { fixtureNow, pageAt } from './fixture-doc.ts';
import { zhihuQuestionPages } from './social-layout-pages-zhihu-modal.ts';
import { zhihu } from './zhihu.ts';

// 知乎's comment modal (zhihu-modal.ts): a portal on the body whose comments belong to the unit it was opened from.

const [classic, renamed] = zhihuQuestionPages as [typeof zhihuQuestionPages[0], typeof zhihuQuestionPages[0]];
const parentsOf = (doc: Document) => {
  const units = zhihu.findUnits(doc, fixtureNow);
  return units.filter((u) => u.kind === 'comment').map((u) => u.parentKey);
};

describe('知乎 comment modal', () => {
  // Each page tweaks the classic page: what ties the modal to a unit, and the unit it must be.
  const ties = [
    ['the total it prints equals one answer’s comment count', classic.url, classic.html, 'zhihu:answer:3600112233'],
    ['an answer’s button names it with aria-controls (over a count that names another)', classic.url,
      classic.html.replace('role="dialog"', 'id="cm-7" role="dialog"').replace('<button type="button" class="Button ContentItem-action"><span><svg class="Zi Zi--Comment"></svg></span>添加评论', '<button type="button" class="Button ContentItem-action" aria-controls="cm-7"><span><svg class="Zi Zi--Comment"></svg></span>添加评论'),
      'zhihu:answer:3600119876'],
    ['nothing ties it: the question of the question page', classic.url, classic.html.replace('48 条评论</div>', '49 条评论</div>'), 'zhihu:question:670012345'],
    ['nothing ties it on an answer page: that answer', 'https://www.zhihu.com/question/670012345/answer/3600119876',
      classic.html.replace('48 条评论</div>', '49 条评论</div>'), 'zhihu:answer:3600119876'],
    ['a fixed overlay without a role, its total equal to the question’s', renamed.url, renamed.html, 'zhihu:question:680054321'],
  ] as const;

  test.each(ties)('%s', (_, url, html, parent) => {
    expect(parentsOf(pageAt(url, html))).toEqual([parent, parent]);
  });

  test('the comment modal is no login wall; the sign-in modal still is', () => {
    expect(zhihu.detectLoginWall(pageAt(classic.url, classic.html))).toBeNull();
    const signIn = '<div class="Modal-wrapper"><div class="Modal" role="dialog"><button class="Modal-closeButton" aria-label="关闭">×</button><div>验证码登录 密码登录</div></div></div>';
    expect(zhihu.detectLoginWall(pageAt(classic.url, classic.html.replace('</body>', `${signIn}</body>`)))?.message).toMatch(/登录/);
  });

  test('a modal opened after the first scan is observed and read on its own, under its answer', () => {
    const doc = pageAt(classic.url, classic.html);
    const portal = doc.body.lastElementChild!;
    portal.remove();
    expect(zhihu.findUnits(doc, fixtureNow).filter((u) => u.kind === 'comment')).toEqual([]);
    doc.body.append(portal);
    expect(zhihu.feedRoot(doc)?.contains(portal)).toBe(true);
    const units = zhihu.findUnits(portal, fixtureNow);
    expect(units.map((u) => [u.author?.name, u.parentKey])).toEqual([
      ['鲜奶控', 'zhihu:answer:3600112233'], ['冷链老兵', 'zhihu:comment:10700000001'], ['怀疑一切的老王', 'zhihu:answer:3600112233'],
    ]);
    expect(units[0]?.permalink).toBe('https://www.zhihu.com/question/670012345/answer/3600112233#comment-10700000001');
  });
});
