import { expect, test } from './fixtures.ts';

// 通知渠道 (issue 11): the PR lead adds the team's robot groups, chooses what each receives (接收内容) and edits one in
// place; a refused address says why and keeps what was typed; legal only reads.
test.describe('通知渠道 for the PR lead', () => {
  test('通知渠道: a refused address says why and keeps what was typed; a saved robot can be removed; legal only reads', async ({ api, workspace }) => {
    const pr = api.user('pr_lead');
    const token = (await api.cli(['token', 'create', '--email', pr.email])).trim();
    // Other tests on this server may have added channels: count them first.
    const listed = await fetch(`${api.url}/api/notify/channels`, { headers: { authorization: `Bearer ${token}` } });
    const n = ((await listed.json()) as { channels: { enabled: boolean }[] }).channels.filter((c) => c.enabled).length;
    await workspace.open('/reports/channels');
    await workspace.login(pr.email, pr.password);
    const page = workspace.page;
    const url = page.getByTestId('channel-url');
    await expect(page.getByTestId(n ? 'channel' : 'channels-empty')).toHaveCount(n || 1);

    await url.fill('ftp://qyapi.weixin.qq.com/robot');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('channels-error')).toContainText('http(s)');
    await expect(url).toHaveValue('ftp://qyapi.weixin.qq.com/robot');
    await expect(page.getByTestId('channel')).toHaveCount(n);

    // The legal team's group: 律师函 deadlines only, for one brand.
    await url.fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=e2e-channel');
    await page.getByTestId('channel-name').fill('法务群');
    await page.getByTestId('channel-brand').selectOption('青禾乳业');
    const choices = page.getByTestId('channel-topic-choices');
    for (const t of ['预警与上报', '事件时限与进展通报', '律师函期限', '站点适配异常']) await choices.getByLabel(t).uncheck();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('channel-form')).toContainText('至少选择一类接收内容。');
    await expect(page.getByTestId('channel')).toHaveCount(n);
    await choices.getByLabel('律师函期限').check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('channel')).toHaveCount(n + 1);
    await expect(url).toHaveValue('');
    await expect(page.getByTestId('channels-error')).toHaveCount(0);
    const saved = page.getByTestId('channel').last();
    await expect(saved).toContainText('法务群');
    await expect(saved).toContainText('青禾乳业');
    await expect(saved.getByTestId('channel-topics')).toHaveText('律师函期限');

    // Edited in place, without retyping the robot's URL (never shown again): now also the incident deadlines.
    await saved.getByTestId('channel-edit').click();
    await expect(page.getByTestId('channel-form')).toContainText('编辑渠道「法务群」');
    await expect(choices.getByLabel('律师函期限')).toBeChecked();
    await choices.getByLabel('事件时限与进展通报').check();
    await page.getByRole('button', { name: '保存' }).click();
    await expect(saved.getByTestId('channel-topics')).toHaveText('事件时限与进展通报、律师函期限');
    await expect(page.getByTestId('channel-form')).toContainText('添加渠道');
    await expect(page.getByTestId('channel')).toHaveCount(n + 1);
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('channel').last().getByTestId('channel-remove').click();
    await expect(page.getByTestId('channel')).toHaveCount(n);

    await workspace.logout();
    await expect(workspace.email).toBeVisible();
    const legal = api.user('legal');
    await workspace.login(legal.email, legal.password);
    await expect(workspace.role).toBeVisible();
    await workspace.open('/reports/channels');
    await expect(page.getByTestId('channels')).toContainText('只有公关负责人可以添加、编辑或移除渠道。');
    await expect(page.getByTestId('channel-url')).toHaveCount(0);
  });
});
