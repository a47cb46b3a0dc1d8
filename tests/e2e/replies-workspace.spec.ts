import { expect, test } from './fixtures.ts';
import type { WorkspacePage } from './pages/workspace-page.ts';

// The 统一口径 pages of the workspace (issue 5): a PR lead writes a reply with a live preview, it goes through
// review with legal sign-off, and staff then see it among the approved replies.

async function signIn(workspace: WorkspacePage, email: string, password: string) {
  await workspace.open('/replies');
  await workspace.login(email, password);
  await expect(workspace.page.getByTestId('replies-page')).toBeVisible();
}

async function signOut(workspace: WorkspacePage) {
  await workspace.logout();
  await expect(workspace.email).toBeVisible();
}

test.describe('unified replies in the workspace', () => {
  test('a PR lead writes a reply, legal signs off, the author may not approve it (four eyes), another does, staff see it', async ({ api, workspace }) => {
    const { page } = workspace;
    const lead = api.user('pr_lead');
    await signIn(workspace, lead.email, lead.password);
    await expect(page.getByTestId('reply-row')).not.toHaveCount(0);

    await page.getByTestId('replies-tab-new').click();
    await page.getByTestId('reply-brand').fill('青禾乳业');
    await page.getByTestId('reply-title').fill('质量::胀包::说明');
    await page.getByTestId('reply-body').fill('@{作者} 您好，关于您在{平台}反映的胀包问题，我们已安排专人核查。{优惠码}');
    await page.getByTestId('reply-category-quality').check();
    await page.getByTestId('reply-keywords').fill('胀包，胀袋');
    await expect(page.getByTestId('reply-preview-text')).toHaveText('@小王爱喝奶 您好，关于您在微博反映的胀包问题，我们已安排专人核查。{优惠码}');
    await expect(page.getByTestId('reply-unknown-vars')).toContainText('{优惠码}');
    await page.getByTestId('reply-body').fill(`@{作者} 您好，关于您在{平台}反映的胀包问题，我们已安排专人核查。${'请您耐心等待。'.repeat(15)}`);
    await expect(page.locator('[data-testid="reply-length"][data-platform="douyin"]')).toHaveAttribute('data-over', 'true');
    await page.getByTestId('reply-body').fill('@{作者} 您好，关于您在{平台}反映的胀包问题，我们已安排专人核查。');
    await expect(page.locator('[data-testid="reply-length"][data-platform="weibo"]')).toHaveAttribute('data-over', 'false');
    // Issue 14: 小红书, 快手, B站 and 知乎 are reply platforms of their own (triggers, limits, the length preview).
    await expect(page.locator('[data-testid="reply-length"][data-platform="xiaohongshu"]')).toHaveAttribute('data-over', 'false');
    await expect(page.getByTestId('reply-platform-zhihu')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('reply-editor.png'), fullPage: true });
    await page.getByTestId('reply-save').click();

    const v1 = page.locator('[data-testid="reply-version"][data-version="1"]');
    await expect(v1).toHaveAttribute('data-status', 'draft');
    await v1.getByTestId('reply-submit').click();
    await expect(v1).toHaveAttribute('data-status', 'in_review');
    await v1.getByTestId('reply-reject').click();
    await expect(page.getByTestId('replies-error')).toHaveText('驳回必须填写原因');
    await page.getByTestId('reply-require-legal').check();
    await expect(v1.getByTestId('reply-approve')).toBeDisabled();
    await signOut(workspace);

    const legal = api.user('legal');
    await signIn(workspace, legal.email, legal.password);
    await page.getByTestId('replies-tab-review').click();
    await page.getByTestId('review-item').filter({ hasText: '胀包' }).getByTestId('review-open').click();
    await expect(v1.getByTestId('reply-approve')).toHaveCount(0);
    await v1.getByTestId('reply-signoff').click();
    await expect(v1).toContainText('已会签');
    await signOut(workspace);

    await signIn(workspace, lead.email, lead.password);
    // The demo 异味 reply lists 胀包 among its keywords, so the search finds two.
    await page.getByTestId('replies-search').fill('胀包');
    await expect(page.getByTestId('reply-row')).toHaveCount(2);
    await page.getByTestId('reply-row').filter({ hasText: '说明' }).getByTestId('reply-open').click();
    // Four eyes (issue 13): the author cannot approve their own version; another approver (here the admin) does.
    await expect(page.getByTestId('reply-require-four-eyes')).toBeChecked();
    await v1.getByTestId('reply-approve').click();
    await expect(page.getByTestId('replies-error')).toContainText('四眼原则');
    await expect(v1).toHaveAttribute('data-status', 'in_review');
    await signOut(workspace);

    const admin = api.user('admin');
    await signIn(workspace, admin.email, admin.password);
    await page.getByTestId('replies-search').fill('胀包');
    await page.getByTestId('reply-row').filter({ hasText: '说明' }).getByTestId('reply-open').click();
    await v1.getByTestId('reply-approve').click();
    await expect(v1).toHaveAttribute('data-status', 'approved');
    await expect(page.getByTestId('reply-transition')).toHaveText([/创建/, /提交审核/, /法务会签/, /批准/]);
    // Later replies of the demo brand go back to needing no sign-off.
    await page.getByTestId('reply-require-legal').uncheck();
    await expect(page.getByTestId('reply-require-legal')).not.toBeChecked();
    await signOut(workspace);

    const staff = api.user('staff');
    await signIn(workspace, staff.email, staff.password);
    await expect(page.getByTestId('approved-reply').filter({ hasText: '胀包' })).toHaveCount(1);
    await expect(page.getByTestId('approved-reply').filter({ hasText: '草稿' })).toHaveCount(0);
  });

  test('an edit becomes version 2; the history shows a line diff against version 1', async ({ api, workspace }) => {
    const { page } = workspace;
    const lead = api.user('pr_lead');
    await signIn(workspace, lead.email, lead.password);
    await page.getByTestId('replies-search').fill('退款');
    await expect(page.getByTestId('reply-row')).toHaveCount(1);
    await page.getByTestId('reply-row').filter({ hasText: '退款' }).getByTestId('reply-open').click();
    await page.getByTestId('reply-edit').click();
    await expect(page.getByTestId('reply-title')).toHaveValue('服务::退款::跟进');
    await page.getByTestId('reply-body').fill('@{作者} 您好，退款已加急处理。\n工单号：{工单号}');
    await page.getByTestId('reply-save').click();
    await expect(page.locator('[data-testid="reply-version"][data-version="2"]')).toHaveAttribute('data-status', 'draft');
    await expect(page.locator('[data-testid="reply-version"][data-version="1"]')).toHaveAttribute('data-status', 'approved');
    const diff = page.getByTestId('reply-diff');
    await expect(diff.locator('[data-op="del"]')).toContainText(['您的退款问题已加急处理']);
    await expect(diff.locator('[data-op="add"]')).toHaveText(['+ @{作者} 您好，退款已加急处理。', '+ 工单号：{工单号}']);
  });
});
