import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearer, connect, expect, freshLegalToken, openPanel, stopWorker, test } from './capture-harness.ts';

// Issue 15 "also": the browser stops the extension's service worker in the middle of an outbox upload (through the
// DevTools protocol, as Chrome stops an idle or long-busy worker). The API has already stored the capture but its answer never reached the worker. When the worker comes back, the outbox sends the capture again
// from IndexedDB and the API answers with the receipt of the one it holds: the capture is stored exactly once.

/**
 * A loopback proxy to the API that passes the first capture upload on but keeps the API's answer back (until
 * released, then drops it). Later uploads pass both ways: Chromium 156 may start the new worker, and its resend may
 * arrive, before the test releases the first answer.
 */
async function holdingProxy(target: string) {
  let holding = true;
  let claimed = false;
  let forwarded = 0;
  const held: ServerResponse[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const upstream = new URL(req.url ?? '/', target);
    const hold = holding && !claimed && req.method === 'POST' && upstream.pathname === '/api/captures';
    if (hold) claimed = true;
    const out = httpRequest(upstream, { method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      if (hold) {
        forwarded++;
        answer.resume(); // read and drop: the worker never hears that the API stored it
        held.push(res);
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwarded: () => forwarded,
    release() {
      holding = false;
      for (const res of held) res.destroy();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('a service-worker stop mid-upload: the capture is delivered exactly once when the worker is back', async ({ api, extBrowser: b }) => {
  test.setTimeout(120_000);
  const proxy = await holdingProxy(api.url);
  const legal = freshLegalToken(api);
  try {
    await connect(b, { ...api, url: proxy.url });
    const captures = async () => {
      const res = await fetch(`${api.url}/api/captures?limit=100`, { headers: bearer(legal) });
      expect(res.status, await res.clone().text()).toBe(200);
      return (await res.json()) as { total: number; items: { id: string }[] };
    };
    const before = (await captures()).total;

    const fixture = await b.context.newPage();
    await fixture.goto('http://weibo.com/');
    const panel = await openPanel(b, fixture);
    const post = panel.page.locator('[data-testid="unit"][data-level="severe"]').first();
    await expect(post).toBeVisible({ timeout: 15_000 });
    await panel.open(post);
    await post.getByTestId('capture-unit').click();

    // The API has the capture; the worker is still waiting for the answer.
    await expect.poll(proxy.forwarded, { timeout: 30_000 }).toBe(1);
    await expect.poll(async () => (await captures()).total, { timeout: 15_000 }).toBe(before + 1);
    const known = new Set((await captures()).items.map((i) => i.id));

    // Stop the worker as the browser would (DevTools protocol: Target.closeTarget on the worker's target). A marker
    // set in the old worker proves the one that answers later is a new one.
    const old = await b.serviceWorker();
    await old.evaluate(() => { (globalThis as { __e2eOldWorker?: boolean }).__e2eOldWorker = true; });
    await stopWorker(b, fixture);
    proxy.release();

    // Back: the panel wakes the worker, the outbox resends from IndexedDB, the API answers with the stored receipt.
    await panel.page.reload();
    await expect(panel.page.getByTestId('outbox-count')).toHaveText('0', { timeout: 60_000 });
    const after = await captures();
    expect(after.total).toBe(before + 1);
    expect(after.items.filter((i) => !known.has(i.id))).toEqual([]);
    expect(proxy.forwarded()).toBe(1);
    expect(await (await b.serviceWorker()).evaluate(() => (globalThis as { __e2eOldWorker?: boolean }).__e2eOldWorker ?? false)).toBe(false);
  } finally {
    proxy.release();
    await proxy.close();
  }
});
