import { expect, test } from './fixtures.ts';

test.describe('side panel', () => {
  test('sidepanel.html?tabId=N shows tab N, served at its real hostname', async ({ api, extension, page, fixtureServer }) => {
    await extension.connect(api.url, api.creds.token);
    await page.goto('http://weibo.com/harness.html');
    await expect(page.locator('#harness')).toHaveText('Vigil 端到端测试夹具');
    expect(fixtureServer.requests).toContain('weibo.com /harness.html 200');

    const panel = await extension.openSidePanel(page);
    await expect(panel.tabUrl).toHaveText('http://weibo.com/harness.html');
    await expect(panel.connection).toHaveText(`已连接：${api.user('staff').name}（一线员工）`);

    // The panel follows its tab as it navigates.
    await page.goto('http://weibo.com/harness.html#again');
    await expect(panel.tabUrl).toHaveText('http://weibo.com/harness.html#again');
  });

  test('units the background stored for the tab are listed with level and brand', async ({ extension, page }) => {
    await page.goto('http://weibo.com/harness.html');
    const tabId = await extension.tabIdOf(page);
    const panel = await extension.openSidePanel(page);
    await expect(panel.noUnits).toBeVisible();
    const unit = (key: string, level: string) => ({
      key,
      platform: 'weibo',
      kind: 'post',
      text: `青禾牛奶喝出异物 ${key}`,
      mentions: [{ brand: '青禾乳业', term: '青禾', kind: 'alias', start: 0, end: 2 }],
      sentiment: { label: 'negative', score: 0.9 },
      level,
      reasons: ['质量风险词「异物」'],
    });
    // The DESIGN contract for tab state: chrome.storage.session `tab:<tabId>` = { url, units }.
    await extension.evaluate(
      ({ tabId, units }) => chrome.storage.session.set({ [`tab:${tabId}`]: { url: 'http://weibo.com/harness.html', units } }),
      { tabId, units: [unit('a', 'mild'), unit('b', 'severe')] },
    );
    await expect(panel.units).toHaveCount(2);
    await expect(panel.unitsAt('severe')).toHaveAttribute('data-brand', '青禾乳业');
    await expect(panel.units.first()).toHaveAttribute('data-level', 'severe');
  });

  test('the toolbar button opens the side panel (no popup in the way)', async ({ extension }) => {
    const state = await extension.evaluate(async () => {
      const api = chrome as unknown as {
        sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
        action: { getPopup(d: object): Promise<string> };
      };
      return { behavior: await api.sidePanel.getPanelBehavior(), popup: await api.action.getPopup({}) };
    }, null);
    expect(state).toEqual({ behavior: { openPanelOnActionClick: true }, popup: '' });
  });

  test('without a tabId the panel shows the active tab', async ({ extension, page }) => {
    await page.goto('http://weibo.com/harness.html');
    await page.bringToFront();
    const panel = await extension.openSidePanel();
    await expect(panel.page.getByTestId('panel-tab')).toBeVisible();
    await expect(panel.tab).toHaveAttribute('data-tab-id', /\d+/);
  });
});
