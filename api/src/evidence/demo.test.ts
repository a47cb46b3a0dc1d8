import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { meta } from '../db/schema/meta.ts';
import { users } from '../db/schema/users.ts';
import { cliWorkspace } from '../test-support/cli.ts';
import { testApp } from '../test-support/app.ts';
import { loginSession } from '../test-support/users.ts';
import { docxPart, wordText } from '../test-support/docx-tools.ts';
import { pdfText } from '../test-support/pdf-tools.ts';
import { DEMO_USERS, seedDemo } from '../cli/seed.ts';
import { startLocalTsa } from '../test-support/local-tsa.ts';
import { DEMO_POSTS } from './demo-posts.ts';
import { retryPendingTimestamps } from './tsa.ts';

// The legal side of `seed --demo`: what a lawyer sees right after `npm start`.
describe('seed --demo: demo evidence and a demo case', () => {
  test('three verifiable captures of the demo posts, one case with an adopted, a rejected and an unreviewed capture, and a second seed adds nothing', async () => {
    const { app, deps } = await testApp();
    const path = join(cliWorkspace().cwd, 'data', 'demo-credentials.json');
    await seedDemo(deps, path);
    const legalUser = DEMO_USERS.find((u) => u.role === 'legal')!;
    const legal = (await loginSession(app, legalUser.email, legalUser.password)).headers;
    const get = async (p: string) => {
      const res = await app.request(p, { headers: legal });
      expect(res.status, p).toBe(200);
      return res;
    };

    const list = (await (await get('/api/captures')).json()) as { total: number; items: { id: string; url: string; platform: string; artefactCount: number }[] };
    expect(list.total).toBe(3);
    expect(list.items.map((c) => c.url).sort()).toEqual(DEMO_POSTS.map((p) => `https://weibo.com/${p.uid}/${p.post}`).sort());
    for (const c of list.items) {
      expect(c).toMatchObject({ platform: 'weibo', artefactCount: 5 });
      // The same named checks as a capture from the extension: signature, digests, evidence log.
      const verify = (await (await get(`/api/captures/${c.id}/verify`)).json()) as { ok: boolean; checks: { name: string; ok: boolean }[] };
      expect(verify.checks.filter((k) => !k.ok), JSON.stringify(verify.checks)).toEqual([]);
      expect(verify.ok).toBe(true);
      const png = new Uint8Array(await (await get(`/api/captures/${c.id}/artefacts/viewport.png`)).arrayBuffer());
      expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    }

    const cases = (await (await get('/api/cases')).json()) as { items: { id: string; title: string; status: string; counts: Record<string, number> }[] };
    expect(cases.items).toHaveLength(1);
    const demoCase = cases.items[0]!;
    expect(demoCase).toMatchObject({ title: '青禾乳业「工厂被查封停产」不实信息', status: 'open' });
    const detail = (await (await get(`/api/cases/${demoCase.id}`)).json()) as {
      captures: { capture: { id: string; url: string }; review: { decision: string; reason: string | null } }[];
      notes: { text: string }[];
    };
    const review = (post: string) => detail.captures.find((c) => c.capture.url.endsWith(post))?.review;
    expect(review(DEMO_POSTS[0]!.post)?.decision).toBe('adopted');
    expect(review(DEMO_POSTS[1]!.post)?.decision).toBe('pending');
    expect(review(DEMO_POSTS[2]!.post)).toMatchObject({ decision: 'rejected', reason: expect.stringContaining('正当维权') });
    expect(detail.notes.map((n) => n.text).join('')).toContain('复检合格');

    // Both 取证报告 say under their title that this is demo data, not evidence; the environment table says it again.
    const squash = (s: string) => s.replace(/\s+/g, '');
    const warning = squash('演示数据：本报告中的取证由 vigil seed --demo 生成，页面内容虚构，不能作为证据。');
    const report = squash(await pdfText(new Uint8Array(await (await get(`/api/captures/${list.items[0]!.id}/report.pdf`)).arrayBuffer())));
    expect(report.indexOf(warning)).toBeGreaterThan(-1);
    expect(report.indexOf(warning)).toBeLessThan(report.indexOf(squash('一、')));
    expect(report).toContain(squash('演示取证：页面内容虚构'));
    const caseReport = squash(await pdfText(new Uint8Array(await (await get(`/api/cases/${demoCase.id}/report.pdf`)).arrayBuffer())));
    expect(caseReport.indexOf(warning)).toBeGreaterThan(-1);
    expect(caseReport.indexOf(warning)).toBeLessThan(caseReport.indexOf(squash('一、案件信息')));

    // So does a 律师函 drafted from the demo case, under its title.
    const letter = await app.request(`/api/cases/${demoCase.id}/letter`, {
      method: 'POST', headers: { ...legal, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'letter', bases: ['civil-1024'], demands: ['delete'], deadlineDays: 7, firm: { name: '北京明理律师事务所', lawyer: '张明理', licence: '11101201510012345' } }),
    });
    expect(letter.status).toBe(200);
    const lines = wordText(await docxPart(new Uint8Array(await letter.arrayBuffer()))).split('\n');
    expect(lines.slice(0, 2)).toEqual(['律师函', '演示数据：本函依据 vigil seed --demo 生成的演示取证起草，内容虚构，不得发出。']);

    await seedDemo(deps, path);
    expect(((await (await get('/api/captures')).json()) as { total: number }).total).toBe(3);
    expect(((await (await get('/api/cases')).json()) as { items: unknown[] }).items).toHaveLength(1);
  }, 60_000);

  test('with authorities configured the seed asks none of them (it must not wait on the network) but leaves each capture a pending time-stamp that serve fills', async () => {
    const tsa = await startLocalTsa();
    try {
      const { app, deps } = await testApp({ config: { secureCookies: false, tsaUrls: [tsa.url], version: 'test', databaseLabel: 'test' } });
      await seedDemo(deps, join(cliWorkspace().cwd, 'data', 'demo-credentials.json'));
      expect(tsa.served()).toBe(0);
      const legalUser = DEMO_USERS.find((u) => u.role === 'legal')!;
      const legal = (await loginSession(app, legalUser.email, legalUser.password)).headers;
      const detail = async (id: string) => (await (await app.request(`/api/captures/${id}`, { headers: legal })).json()) as { receipt: { timestamps: { status: string }[] } };
      const { items } = (await (await app.request('/api/captures', { headers: legal })).json()) as { items: { id: string }[] };
      for (const c of items) expect((await detail(c.id)).receipt.timestamps.map((t) => t.status)).toEqual(['pending']);
      await retryPendingTimestamps(deps);
      expect(tsa.served()).toBe(3);
      for (const c of items) expect((await detail(c.id)).receipt.timestamps.map((t) => t.status)).toEqual(['granted']);
    } finally {
      await tsa.stop();
    }
  }, 60_000);

  test('a demo account renamed since the first seed: the seed still succeeds, without demo evidence', async () => {
    const { deps, db } = await testApp();
    const path = join(cliWorkspace().cwd, 'data', 'demo-credentials.json');
    const lines: string[] = [];
    await seedDemo(deps, path);
    // As on a database seeded before the demo evidence existed, whose legal account an admin renamed since.
    await db.delete(meta).where(eq(meta.key, 'demo.evidence'));
    await db.update(users).set({ email: 'renamed@example.com' }).where(eq(users.email, 'legal@demo.vigil.local'));
    await expect(seedDemo(deps, path, (l) => lines.push(l))).resolves.toBeDefined();
    expect(lines).toContain('demo evidence skipped: the demo staff or legal account is gone');
  });
});
