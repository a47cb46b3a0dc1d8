import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testApp } from '../test-support/app.ts';
import { registeredDevice } from '../test-support/evidence.ts';
import { retryPendingTimestamps } from '../evidence/tsa.ts';
import { startLocalTsa } from '../test-support/local-tsa.ts';
import { pdfAttachments, pdfFonts, pdfPageCount, pdfText } from '../test-support/pdf-tools.ts';
import { uploadPost } from '../test-support/report-capture.ts';
import { userWithToken } from '../test-support/users.ts';

const squash = (s: string) => s.replace(/\s+/g, '');
let tsa: Awaited<ReturnType<typeof startLocalTsa>>;
beforeAll(async () => {
  tsa = await startLocalTsa();
});
afterAll(async () => {
  await tsa.stop();
});

async function fixture() {
  const t = await testApp({ config: { secureCookies: false, tsaUrls: [tsa.url], version: 'test', databaseLabel: 'test' } });
  const staff = await userWithToken(t.deps, 'staff', { name: '王小明' });
  const legal = await userWithToken(t.deps, 'legal', { name: '李律' });
  const device = await registeredDevice(t.app, staff.headers);
  const id = await uploadPost(t.app, staff, device, { post: 'QbX7nA2Ke', account: '爆料君' });
  // On a loaded machine the local authority can miss the upload's 5 s budget, and the token stays pending: ask again
  // as the service's retry does, with time to spare, so the report has its time-stamp (a no-op once granted).
  await retryPendingTimestamps(t.deps, { captureId: id, timeoutMs: 30_000 });
  return { ...t, staff, legal, device, id };
}

describe('GET /api/captures/:id/report.pdf (issue 10)', () => {
  test('a lawyer gets a Chinese A4 report with capturer, Beijing times, reach beside the thresholds, every SHA-256, TSA and inclusion proof', async () => {
    const { app, db, legal, id, device } = await fixture();
    const res = await app.request(`/api/captures/${id}/report.pdf`, { headers: legal.headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = squash(await pdfText(bytes));
    const detail = (await (await app.request(`/api/captures/${id}`, { headers: legal.headers })).json()) as { manifestSha256: string; manifest: { artefacts: { sha256: string }[] }; receipt: { logIndex: number; treeHead: { rootHash: string }; timestamps: { genTime: string }[] } };

    for (const s of ['电子数据取证报告', `存证编号${id}`, '王小明（员工', device.thumbprint, detail.manifestSha256, '爆料君', 'https://weibo.com/1234567890/QbX7nA2Ke', '新浪微博']) expect(text).toContain(squash(s));
    for (const a of detail.manifest.artefacts) expect(text).toContain(a.sha256);
    // Only a capture of `seed --demo` is called demo data.
    expect(text).not.toContain('演示');
    // Device time 2026-11-22T01:00:00Z and the post's 02:30Z, printed in Beijing time.
    expect(text).toContain('2026-11-2209:00:00');
    expect(text).toContain('2026-11-2010:30:00');
    // Counts as displayed and as integers, and the 两高 2013 thresholds: reposts met, views not shown on Weibo.
    expect(text).toContain(squash('1.2万'));
    expect(text).toContain('12,000');
    expect(text).toContain(squash('10万+'));
    expect(text).toContain(squash('≥ 100,000'));
    expect(text).toContain(squash('或者被转发次数达到 500 次以上已达到'));
    expect(text).toContain(squash('浏览次数达到 5,000 次以上无数据'));
    expect(text).toContain(squash('刑法第二百二十一条'));
    // Environment checks with results, the TSA token, the Merkle proof and how to verify.
    expect(text).toContain(squash('设备时钟偏差'));
    expect(text).toContain(squash('+12 ms'));
    expect(text).toContain(squash('扩展构建摘要'));
    expect(text).toContain(squash(`取证回执树头大小 1，根哈希${detail.receipt.treeHead.rootHash}`));
    expect(text).toContain(squash(`日志叶序号${detail.receipt.logIndex}`));
    expect(text).toContain(tsa.url.replace(/\s+/g, ''));
    const gen = new Date(detail.receipt.timestamps[0]!.genTime);
    expect(text).toContain(squash(new Date(gen.getTime() + 8 * 3600e3).toISOString().slice(0, 19).replace('T', ' ')));
    for (const s of ['sha256sum -c SHA256SUMS', 'openssl ts -verify', 'vigil verify']) expect(text).toContain(squash(s));
    expect(text).toContain(squash(`可信时间戳${tsa.url}通过`));
    expect(text).not.toContain('未通过');

    const pages = await pdfPageCount(bytes);
    expect(text).toContain(`第1页共${pages}页`);
    for (const f of await pdfFonts(bytes)) expect(f).toMatchObject({ embedded: true, subset: true });

    // The signed manifest rides inside the PDF, byte for byte.
    const manifest = (await pdfAttachments(bytes)).get('manifest.json');
    expect(createHash('sha256').update(manifest!).digest('hex')).toBe(detail.manifestSha256);

    // Making the report is a custody event of the capture.
    const rows = await db.$client.execute(`select entry from log_entries where capture_id = '${id}' and event = 'viewed'`);
    expect(rows.rows.map((r) => JSON.parse(String(r.entry)).detail)).toContain('report.pdf');
  });

  test('every digest is printed in SM3 beside SHA-256 (legal.md A.3: 存证 platforms default to SM3)', async () => {
    const { app, legal, id } = await fixture();
    const bytes = new Uint8Array(await (await app.request(`/api/captures/${id}/report.pdf`, { headers: legal.headers })).arrayBuffer());
    const text = squash(await pdfText(bytes));
    const sm3 = (b: Uint8Array) => createHash('sm3').update(b).digest('hex');
    const manifest = (await pdfAttachments(bytes)).get('manifest.json')!;
    expect(text).toContain(squash(`取证清单 SM3${sm3(manifest)}`));
    const detail = (await (await app.request(`/api/captures/${id}`, { headers: legal.headers })).json()) as { manifest: { artefacts: { name: string; sha256: string }[] } };
    for (const a of detail.manifest.artefacts) {
      const file = new Uint8Array(await (await app.request(`/api/captures/${id}/artefacts/${a.name}`, { headers: legal.headers })).arrayBuffer());
      expect(text).toContain(`${a.sha256}${sm3(file)}`);
    }
  });

  test('the 取证环境检测 table gives each check its time (legal.md A.3: check, method, result, timestamp)', async () => {
    const { app, legal, id } = await fixture();
    const bytes = new Uint8Array(await (await app.request(`/api/captures/${id}/report.pdf`, { headers: legal.headers })).arrayBuffer());
    const text = squash(await pdfText(bytes));
    const table = text.slice(text.indexOf('五、取证环境检测'), text.indexOf('六、证据文件'));
    expect(table).toContain(squash('检测时间（北京时间）'));
    // environment.json was written at device time 01:00:01Z; the clock was read against the API's Date 01:00:00Z;
    // the marks were hidden as the capture started (01:00:00Z).
    expect(table).toMatch(/浏览器2026-11-2209:00:01navigator/);
    expect(table).toMatch(/设备时钟偏差2026-11-2209:00:00Date/);
    expect(table).toMatch(/隐藏本工具标记2026-11-2209:00:00截图前/);
    // 取证地点: the address the API saw at the clock check, from the signed environment.json.
    expect(table).toMatch(/取证地点（网络出口）2026-11-2209:00:00Vigil服务器所见.*出口IP203\.0\.113\.7/);
  });

  test('staff cannot read reports; an unknown capture is a JSON 404', async () => {
    const { app, staff, legal, id } = await fixture();
    expect((await app.request(`/api/captures/${id}/report.pdf`, { headers: staff.headers })).status).toBe(403);
    const res = await app.request('/api/captures/nope/report.pdf', { headers: legal.headers });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: expect.any(String) } });
  });
});
