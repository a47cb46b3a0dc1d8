import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionDir } from '../support/paths.ts';
import { bearer, connect, expect, openPanel, test } from './capture-harness.ts';

// Evidence capture end to end (issue 6): the built extension captures a flagged Weibo fixture post, the API
// stores and verifies it, `vigil verify` checks the exported package offline; then the API goes down, a capture
// waits in the outbox, and is delivered exactly once when the API comes back on the same port and database.

test.describe.configure({ mode: 'serial' });

test.describe('evidence capture', () => {
  test('a flagged Weibo post is captured, received, verified online and offline', async ({ api, extBrowser: b }) => {
    test.setTimeout(75_000);
    // Setting the token up registers this browser's device key; its private half cannot leave IndexedDB. (The demo
    // staff member already has the demo evidence's device from `seed --demo`.)
    const devices = async () => ((await (await fetch(`${api.url}/api/devices`, { headers: bearer(api.staffToken) })).json()) as { items: unknown[] }).items.length;
    const before = await devices();
    await connect(b, api);
    await expect.poll(devices, { timeout: 30_000 }).toBe(before + 1); // key generation and registration (retried): slower on a loaded machine
    const keys = await (await b.serviceWorker()).evaluate(
      () =>
        new Promise<{ extractable: boolean; curve: string }[]>((resolve, reject) => {
          const open = indexedDB.open('vigil-evidence');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('keys').objectStore('keys').getAll();
            all.onsuccess = () =>
              resolve((all.result as { privateKey?: CryptoKey }[]).filter((r) => r.privateKey).map((r) => ({ extractable: r.privateKey!.extractable, curve: (r.privateKey!.algorithm as EcKeyAlgorithm).namedCurve })));
          };
        }),
    );
    expect(keys).toEqual([{ extractable: false, curve: 'P-256' }]);

    const fixture = await b.context.newPage();
    await fixture.goto('http://weibo.com/');
    const panel = await openPanel(b, fixture);
    const post = panel.page.locator('[data-testid="unit"][data-level="severe"]').first();
    await expect(post).toBeVisible({ timeout: 10_000 });

    const painted = () => fixture.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
    await expect.poll(painted).toBeGreaterThan(0);
    const highlighted = await painted();

    await panel.open(post);
    await post.getByTestId('capture-unit').click();
    const receipt = panel.page.getByTestId('capture-receipt');
    await expect(receipt).toBeVisible({ timeout: 15_000 });
    // Hidden for the screenshots only: Vigil's highlights are back afterwards.
    expect(await painted()).toBe(highlighted);
    const captureId = (await receipt.getAttribute('data-capture-id'))!;
    await expect(panel.page.getByTestId('receipt-digest')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(panel.page.getByTestId('outbox-count')).toHaveText('0');

    const list = (await (await fetch(`${api.url}/api/captures`, { headers: bearer(api.legalToken) })).json()) as { items: { id: string; kind: string; platform: string | null; unitKey: string | null; artefactCount: number }[] };
    const stored = list.items.find((i) => i.id === captureId);
    expect(stored).toMatchObject({ kind: 'unit', platform: 'weibo', unitKey: 'weibo:QbX7nA2Ke' });

    const detail = (await (await fetch(`${api.url}/api/captures/${captureId}`, { headers: bearer(api.legalToken) })).json()) as { manifest: { artefacts: { name: string; provenance: string }[]; notes: { vigilMarksHidden: boolean } } };
    expect(detail.manifest.artefacts.map((a) => a.name).sort()).toEqual(['environment.json', 'page.mhtml', 'unit.json', 'unit.png', 'viewport.png']);
    expect(detail.manifest.notes.vigilMarksHidden).toBe(true);

    const verify = (await (await fetch(`${api.url}/api/captures/${captureId}/verify`, { headers: bearer(api.legalToken) })).json()) as { ok: boolean; checks: { name: string; ok: boolean }[] };
    expect(verify.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verify.ok).toBe(true);

    const unitJson = await (await fetch(`${api.url}/api/captures/${captureId}/artefacts/unit.json`, { headers: bearer(api.legalToken) })).json();
    expect(unitJson).toMatchObject({ platform: 'weibo', key: 'weibo:QbX7nA2Ke' });
    expect(String(unitJson.text)).toContain('青禾');

    const env = (await (await fetch(`${api.url}/api/captures/${captureId}/artefacts/environment.json`, { headers: bearer(api.legalToken) })).json()) as {
      browser: { name: string; version: string };
      extension: { version: string; files: { path: string; sha256: string }[] };
      viewport: { devicePixelRatio: number };
      timeZone: string;
      clock: { offsetMs: number; egressAddress: string | null } | null;
      page: { url: string };
    };
    expect(env.page.url).toBe('http://weibo.com/');
    expect(env.browser.version).toMatch(/^\d+\./);
    expect(typeof env.clock?.offsetMs).toBe('number');
    // 取证地点: the address the API saw at the clock check (loopback here), signed with the rest.
    expect(env.clock?.egressAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    // The report names the exact build: the digest of the background script is the file's on disk.
    const background = env.extension.files.find((f) => f.path === 'background.js');
    expect(background?.sha256).toBe(createHash('sha256').update(readFileSync(join(extensionDir, 'background.js'))).digest('hex'));

    const zip = new Uint8Array(await (await fetch(`${api.url}/api/captures/${captureId}/export`, { headers: bearer(api.legalToken) })).arrayBuffer());
    const zipPath = join(mkdtempSync(join(tmpdir(), 'vigil-e2e-zip-')), 'capture.zip');
    writeFileSync(zipPath, zip);
    const offline = api.cli(['verify', zipPath]);
    expect(offline.status, offline.stdout + offline.stderr).toBe(0);
  });

  test('on a post page the unit data carries the comments and replies the page shows', async ({ api, extBrowser: b }) => {
    await connect(b, api);
    const fixture = await b.context.newPage();
    await fixture.goto('http://weibo.com/5678901234/QbX7nA2Ke/');
    const panel = await openPanel(b, fixture);
    const post = panel.page.getByTestId('unit').filter({ hasText: '宝妈小雨' }).first();
    await expect(post).toBeVisible({ timeout: 10_000 });
    await panel.open(post);
    await post.getByTestId('capture-unit').click();
    const receipt = panel.page.getByTestId('capture-receipt');
    await expect(receipt).toBeVisible({ timeout: 15_000 });
    const id = await receipt.getAttribute('data-capture-id');
    const unit = (await (await fetch(`${api.url}/api/captures/${id}/artefacts/unit.json`, { headers: bearer(api.legalToken) })).json()) as { key: string; kind: string; comments: { kind: string; text: string }[] };
    expect(unit).toMatchObject({ key: 'weibo:QbX7nA2Ke', kind: 'post' });
    expect(unit.comments.map((c) => c.kind)).toEqual(['comment', 'reply', 'reply', 'comment', 'comment']);
    expect(unit.comments.at(-1)?.text).toBe('等检测报告吧，别急着下结论');
  });

  test('while the API is down a capture waits in the outbox and is delivered once when it is back', async ({ api, extBrowser: b }) => {
    test.setTimeout(90_000);
    await connect(b, api);
    const fixture = await b.context.newPage();
    await fixture.goto('http://weibo.com/');
    const panel = await openPanel(b, fixture);
    await expect(panel.page.locator('[data-testid="unit"]').first()).toBeVisible({ timeout: 10_000 });
    const before = (await (await fetch(`${api.url}/api/captures`, { headers: bearer(api.legalToken) })).json()) as { total: number };

    // A sticky header, as most sites have: hidden after the first stitched screen, then put back exactly as it was.
    await fixture.evaluate(() => {
      document.head.insertAdjacentHTML('beforeend', '<style>#e2e-sticky { position: sticky; top: 0; height: 48px; background: #fc0; }</style>');
      document.body.insertAdjacentHTML('afterbegin', '<nav id="e2e-sticky">微博 顶部导航</nav>');
    });

    await api.stop();
    await panel.page.getByTestId('capture-page').click();
    await expect(panel.page.getByTestId('outbox-count')).toHaveText('1', { timeout: 20_000 });
    await expect(panel.page.getByTestId('capture-pending')).toContainText('服务器无法连接，将自动重试');
    await expect(panel.page.getByTestId('outbox-error')).toHaveText('服务器无法连接，将自动重试');

    await api.start();
    // Delivered by the outbox's own retry (back-off timer or alarm), no click needed.
    await expect(panel.page.getByTestId('outbox-count')).toHaveText('0', { timeout: 45_000 });
    await expect(panel.page.getByTestId('capture-receipt')).toBeVisible();
    const after = (await (await fetch(`${api.url}/api/captures`, { headers: bearer(api.legalToken) })).json()) as { total: number; items: { id: string; kind: string }[] };
    expect(after.total).toBe(before.total + 1);
    const pages = after.items.filter((i) => i.kind === 'page');
    expect(pages).toHaveLength(1);
    expect(await fixture.evaluate(() => document.getElementById('e2e-sticky')!.getAttribute('style'))).toBeNull();
    const detail = (await (await fetch(`${api.url}/api/captures/${pages[0]!.id}`, { headers: bearer(api.legalToken) })).json()) as { manifest: { artefacts: { name: string }[]; notes: Record<string, unknown> } };
    expect(detail.manifest.artefacts.map((a) => a.name)).toEqual(expect.arrayContaining(['viewport.png', 'fullpage.png', 'page.mhtml', 'environment.json']));
    expect(detail.manifest.notes).toMatchObject({ vigilMarksHidden: true, fullPage: 'scroll-stitch', fullPageTruncated: false });
  });

  test('with a revoked token the capture waits and says so; saving a new token delivers it', async ({ api, extBrowser: b }) => {
    test.setTimeout(60_000);
    await connect(b, api);
    const spare = api.cli(['token', 'create', '--email', api.staffEmail]).stdout.trim();
    await connect(b, api, spare);
    // The user's tokens are revoked (e.g. after a leak, in the workspace); the extension still holds one of them.
    const { items } = (await (await fetch(`${api.url}/api/tokens`, { headers: bearer(spare) })).json()) as { items: { id: string }[] };
    for (const t of items) await fetch(`${api.url}/api/tokens/${t.id}`, { method: 'DELETE', headers: bearer(spare) });
    api.staffToken = api.cli(['token', 'create', '--email', api.staffEmail]).stdout.trim();

    const fixture = await b.context.newPage();
    await fixture.goto('http://weibo.com/');
    const panel = await openPanel(b, fixture);
    const post = panel.page.locator('[data-testid="unit"][data-level="severe"]').first();
    await expect(post).toBeVisible({ timeout: 10_000 });
    await panel.open(post);
    await post.getByTestId('capture-unit').click();
    await expect(panel.page.getByTestId('outbox-error')).toHaveText('令牌已撤销（或账号密码被重置、账号被停用），请在设置中换用新令牌', { timeout: 15_000 });
    await expect(panel.page.getByTestId('outbox-count')).toHaveText('1');

    await connect(b, api, api.staffToken);
    await expect(panel.page.getByTestId('outbox-count')).toHaveText('0', { timeout: 15_000 });
    await expect(panel.page.getByTestId('capture-receipt')).toBeVisible();
  });
});
