import { bearer, connect, expect, freshLegalToken, openPanel, test } from './capture-harness.ts';

// Issue 14 "done when", the capture half: on each new platform's saved page the flagged unit is captured with one
// click from the side panel, and the API receives and verifies it (signature, digests, Merkle inclusion); the unit
// JSON names the platform and the unit and holds its text.

test.describe.configure({ mode: 'serial' });

const pages = [
  ['小红书', 'http://www.xiaohongshu.com/explore/6741a2b3000000001e03c9f1?xsec_token=ABx9Qh2Lz&xsec_source=app_share', 'xiaohongshu'],
  ['快手', 'http://www.kuaishou.com/short-video/3xqinghe2026abc', 'kuaishou'],
  ['B站', 'http://www.bilibili.com/video/BV1Qh411q7Hx/', 'bilibili'],
  ['知乎', 'http://www.zhihu.com/question/650012345/answer/3400112233', 'zhihu'],
  ['公众号', 'http://mp.weixin.qq.com/s/Qh2026QingheNotice01', 'weixin'],
] as const;

for (const [name, url, platform] of pages) {
  test(`${name}: the flagged unit is captured in one click and verified by the API`, async ({ api, extBrowser: b }) => {
    test.setTimeout(90_000);
    await connect(b, api);
    const legal = freshLegalToken(api);
    const fixture = await b.context.newPage();
    await fixture.goto(url);
    const panel = await openPanel(b, fixture);
    const unit = panel.page.locator(`[data-testid="unit"][data-key^="${platform}:"]`).first();
    await expect(unit).toBeVisible({ timeout: 15_000 });
    const key = (await unit.getAttribute('data-key'))!;
    await panel.open(unit);
    await unit.getByTestId('capture-unit').click();
    const receipt = panel.page.getByTestId('capture-receipt');
    await expect(receipt).toBeVisible({ timeout: 30_000 });
    const id = (await receipt.getAttribute('data-capture-id'))!;

    const verify = (await (await fetch(`${api.url}/api/captures/${id}/verify`, { headers: bearer(legal) })).json()) as { ok: boolean; checks: { name: string; ok: boolean }[] };
    expect(verify.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verify.ok).toBe(true);
    const detail = (await (await fetch(`${api.url}/api/captures/${id}`, { headers: bearer(legal) })).json()) as { platform: string | null; unitKey: string | null; manifest: { artefacts: { name: string }[] } };
    expect(detail).toMatchObject({ platform, unitKey: key });
    expect(detail.manifest.artefacts.map((a) => a.name)).toEqual(expect.arrayContaining(['unit.json', 'viewport.png', 'page.mhtml']));
    const unitJson = (await (await fetch(`${api.url}/api/captures/${id}/artefacts/unit.json`, { headers: bearer(legal) })).json()) as { platform: string; key: string; text: string };
    expect(unitJson).toMatchObject({ platform, key });
    expect(unitJson.text).toMatch(/青禾|QH|Qinghe/i);
    await fixture.close();
    await panel.page.close();
  });
}
