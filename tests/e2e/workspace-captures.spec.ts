import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uploadCapture } from '../support/api-captures.ts';
import { expect, test } from './fixtures.ts';
import { CapturesPage } from './pages/captures-page.ts';

test.describe('workspace 采集证据', () => {
  test('legal finds a staff capture, sees every check pass, previews the screenshot and exports a package vigil verify accepts', async ({ api, workspace }) => {
    const { token } = await api.createToken('workspace captures e2e');
    const cap = await uploadCapture(api.url, token);
    const legal = api.user('legal');
    const captures = new CapturesPage(workspace.page);

    await workspace.open('/captures');
    await workspace.login(legal.email, legal.password);
    await expect(captures.row(cap.id)).toBeVisible();
    await expect(captures.row(cap.id)).toContainText(api.user('staff').name);

    await captures.searchFor('不存在的关键词xyz');
    await expect(workspace.page.getByTestId('captures-empty')).toHaveText('没有符合条件的取证');
    await captures.searchFor('奶粉');
    await expect(captures.row(cap.id)).toBeVisible();

    await captures.open(cap.id);
    await expect(workspace.page).toHaveURL(new RegExp(`/captures/${cap.id}$`));
    await expect(workspace.page.getByTestId('capture-manifest-sha256')).toHaveText(cap.manifestSha256);
    await expect(workspace.page.getByTestId('unit-text')).toContainText('宝宝过敏住院了');
    await expect(workspace.page.getByTestId('unit-author')).toHaveText('奶粉受害者联盟');

    // Every named check passes: manifest digest and signature, the artefact set, one digest per file, the log.
    await expect(captures.verdict).toHaveText(/^全部 \d+ 项校验通过$/);
    const names = await captures.checks.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')));
    expect(names).toEqual(expect.arrayContaining(['manifest-digest', 'manifest-signature', 'artefact-set', 'log-inclusion', 'tree-head-signature']));
    expect(names.filter((n) => n === 'artefact-digest')).toHaveLength(cap.artefacts.length);
    await expect(captures.checks.and(workspace.page.locator('[data-ok="false"]'))).toHaveCount(0);

    await expect(captures.artefacts).toHaveCount(cap.artefacts.length);
    for (const a of cap.artefacts) await expect(captures.artefact(a.name).getByTestId('artefact-sha256')).toHaveText(a.sha256);
    // The captured page is only ever a download; the PNG screenshot may be shown (an image, served as one).
    await expect(captures.artefact('page.mhtml').getByTestId('artefact-preview')).toHaveCount(0);
    await captures.artefact('viewport.png').getByTestId('artefact-preview').click();
    const shot = workspace.page.getByTestId('artefact-image');
    await expect(shot).toHaveAttribute('src', /^blob:/);
    await expect.poll(() => shot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

    const download = workspace.page.waitForEvent('download');
    await captures.exportButton.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`vigil-capture-${cap.id}.zip`);
    await expect(captures.exported).toContainText(`已导出 vigil-capture-${cap.id}.zip`);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-e2e-export-'));
    try {
      const zip = join(dir, 'package.zip');
      await file.saveAs(zip);
      expect(readFileSync(zip).subarray(0, 2).toString()).toBe('PK');
      await api.cli(['verify', zip]); // exit 0: every check passes offline
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // Viewing, the post data read, the preview and the export are all in the custody log.
    await expect(captures.custody.and(workspace.page.locator('[data-event="exported"]'))).toHaveCount(1);
    await expect(captures.custody.and(workspace.page.locator('[data-event="viewed"]')).first()).toBeVisible();
    await expect(captures.custody.and(workspace.page.locator('[data-event="captured"]'))).toHaveCount(1);
    await expect(captures.custody.and(workspace.page.locator('[data-event="downloaded"]')).first()).toBeVisible();
  });

  test('staff see their own captures; an unknown capture is a readable Chinese error', async ({ api, workspace }) => {
    const { token } = await api.createToken('workspace captures staff e2e');
    const cap = await uploadCapture(api.url, token);
    const staff = api.user('staff');
    const captures = new CapturesPage(workspace.page);
    await workspace.open('/captures');
    await workspace.login(staff.email, staff.password);
    await expect(captures.row(cap.id)).toBeVisible();

    await workspace.open('/captures/no-such-capture');
    await expect(workspace.page.getByTestId('capture-error')).toHaveText('未找到该取证');
  });
});
