import { describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import type { ConsistencyProof, VerifyResult } from '@vigil/shared/schemas/capture';
import { fromHex } from '@vigil/shared/evidence/bytes';
import { verifyConsistency } from '@vigil/shared/evidence/merkle';
import { verifyTreeHead } from '@vigil/shared/evidence/signature';
import { logKeyOf } from '../evidence/log-key.ts';
import { testApp } from '../test-support/app.ts';
import { registeredDevice, signedCapture, upload, uploadBody } from '../test-support/evidence.ts';
import { userWithToken } from '../test-support/users.ts';

async function withCapture() {
  const t = await testApp();
  const staff = await userWithToken(t.deps, 'staff', { name: '王小明' });
  const device = await registeredDevice(t.app, staff.headers);
  const cap = await signedCapture(staff.user, device);
  const res = await upload(t.app, staff.headers, uploadBody(cap));
  if (res.status !== 201) throw new Error(await res.text());
  return { ...t, staff, device, cap, id: cap.manifest.captureId };
}
const verify = async (app: Awaited<ReturnType<typeof testApp>>['app'], id: string, headers: Record<string, string>) =>
  (await (await app.request(`/api/captures/${id}/verify`, { headers })).json()) as VerifyResult;
/** SQL that changes the first byte of a hex column, whatever it was (a fixed value would be a no-op 1 time in 256). */
const flipFirstByte = (col: string) => `(case when substr(${col}, 1, 2) = '00' then 'ff' else '00' end) || substr(${col}, 3)`;
const failed = (r: VerifyResult) => r.checks.filter((c) => !c.ok).map((c) => (c.subject ? `${c.name}:${c.subject}` : c.name));

describe('reviewing captures', () => {
  test('verify passes every named check on an untouched capture', async () => {
    const { app, id, staff } = await withCapture();
    const r = await verify(app, id, staff.headers);
    expect(r.ok).toBe(true);
    expect(r.checks.map((c) => c.name)).toEqual(['manifest-digest', 'manifest-signature', 'artefact-set', 'artefact-digest', 'artefact-digest', 'artefact-digest', 'log-inclusion', 'tree-head-signature', 'log-consistency']);
  });

  test('a stored chunk edited in SQL is caught by verify', async () => {
    const { app, db, id, cap, staff } = await withCapture();
    const target = cap.manifest.artefacts.find((a) => a.name === 'unit.json')!;
    await db.$client.execute({ sql: "update artefact_chunks set data = cast(replace(cast(data as text), '奶粉', '奶茶') as blob) where sha256 = ?", args: [target.sha256] });
    expect(failed(await verify(app, id, staff.headers))).toEqual(['artefact-digest:unit.json']);
  });

  test('a deleted chunk or a re-pointed artefact row is caught by verify', async () => {
    const { app, db, id, cap, staff } = await withCapture();
    const [a, b] = cap.manifest.artefacts;
    await db.$client.execute({ sql: 'delete from artefact_chunks where sha256 = ?', args: [a!.sha256] });
    await db.$client.execute({ sql: 'update artefacts set sha256 = ? where name = ?', args: [a!.sha256, b!.name] });
    expect(failed(await verify(app, id, staff.headers)).sort()).toEqual([`artefact-digest:${a!.name}`, `artefact-digest:${b!.name}`].sort());
  });

  test('a log entry edited in SQL is caught, and so is a rewritten leaf hash of another entry', async () => {
    const { app, db, id, staff } = await withCapture();
    await app.request(`/api/captures/${id}`, { headers: staff.headers }); // a custody entry after the capture's
    await db.$client.execute({ sql: "update log_entries set entry = replace(entry, '\"userId\"', '\"userID\"') where idx = 0", args: [] });
    expect(failed(await verify(app, id, staff.headers))).toEqual(['log-inclusion:#0 / 2']);

    const other = await withCapture();
    await other.app.request(`/api/captures/${other.id}`, { headers: other.staff.headers });
    await other.db.$client.execute(`update log_entries set leaf_hash = ${flipFirstByte('leaf_hash')} where idx = 1`);
    expect(failed(await verify(other.app, other.id, other.staff.headers))).toEqual(['log-inclusion:#0 / 2', 'log-consistency:1 → 2']);
  });

  test('an edited manifest row or a forged tree head is caught', async () => {
    const { app, db, id, staff } = await withCapture();
    await db.$client.execute(`update tree_heads set root_hash = ${flipFirstByte('root_hash')}`);
    expect(failed(await verify(app, id, staff.headers))).toEqual(['log-inclusion:#0 / 1', 'tree-head-signature:size 1', 'log-consistency:1 → 1']);
    await db.$client.execute("update captures set manifest = cast(replace(cast(manifest as text), '微博', '微搏') as blob)");
    expect(failed(await verify(app, id, staff.headers))).toContain('manifest-digest');
    await db.$client.execute("update captures set manifest = cast('{not json' as blob)");
    expect(failed(await verify(app, id, staff.headers))).toEqual(['manifest-digest']);
    const detail = await app.request(`/api/captures/${id}`, { headers: staff.headers });
    expect(detail.status).toBe(409);
    expect(((await detail.json()) as { error: { code: string } }).error.code).toBe('manifest_unreadable');
  });

  test('viewing, downloading and exporting are custody events in the log; downloads are attachments that never render', async () => {
    const { app, deps, id, staff } = await withCapture();
    const legal = await userWithToken(deps, 'legal');
    const dl = await app.request(`/api/captures/${id}/artefacts/page.mhtml`, { headers: staff.headers });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('application/octet-stream');
    expect(dl.headers.get('content-disposition')).toBe('attachment; filename="page.mhtml"');
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(dl.headers.get('content-security-policy')).toBe('sandbox');
    expect(await dl.text()).toContain('<script>');
    expect((await app.request(`/api/captures/${id}/artefacts/nope.png`, { headers: staff.headers })).status).toBe(404);
    expect((await app.request(`/api/captures/${id}/export`, { headers: staff.headers })).status).toBe(403);
    expect((await app.request(`/api/captures/${id}/export`, { headers: legal.headers })).status).toBe(200);
    const detail = (await (await app.request(`/api/captures/${id}`, { headers: staff.headers })).json()) as { custody: { event: string; logIndex: number }[]; receipt: { logIndex: number } };
    expect(detail.custody.map((e) => e.event)).toEqual(['downloaded', 'exported', 'viewed']);
    expect(detail.custody.map((e) => e.logIndex)).toEqual([1, 2, 3]);
    expect((await verify(app, id, staff.headers)).ok).toBe(true);
  });

  test('the export ZIP holds manifest, artefacts, signature, keys, proof, tree head, SHA256SUMS and 验证说明', async () => {
    const { app, deps, id, cap } = await withCapture();
    const legal = await userWithToken(deps, 'legal');
    const res = await app.request(`/api/captures/${id}/export`, { headers: legal.headers });
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'SHA256SUMS', 'artefacts/page.mhtml', 'artefacts/unit.json', 'artefacts/viewport.png', 'consistency-proof.json', 'custody.json',
      'device-public-key.jwk.json', 'device-public-key.pem', 'inclusion-proof.json', 'log-entry.json', 'log-public-key.jwk.json',
      'log-public-key.pem', 'manifest.json', 'receipt-tree-head.json', 'signature.b64', 'signature.der', 'timestamps/index.json', 'tree-head.json', 'verify.html', '验证说明.txt',
    ]);
    expect(Buffer.compare(Buffer.from(files['manifest.json']!), Buffer.from(cap.bytes))).toBe(0);
    expect(Buffer.from(files['SHA256SUMS']!).toString()).toContain(`${cap.sha256}  manifest.json`);
    expect(Buffer.from(files['验证说明.txt']!).toString()).toContain('sha256sum -c SHA256SUMS');
  });

  test('staff see only their own captures; pr_lead, legal and admin see all; filters and search narrow the list', async () => {
    const { app, deps, id, staff } = await withCapture();
    const other = await userWithToken(deps, 'staff');
    const legal = await userWithToken(deps, 'legal');
    const lead = await userWithToken(deps, 'pr_lead');
    const otherDevice = await registeredDevice(app, other.headers);
    const page = await signedCapture(other.user, otherDevice, { tweak: (m) => { m.kind = 'page'; delete m.unit; m.page = { url: 'https://news.example.cn/a/1', title: '新闻：某品牌召回' }; } });
    expect((await upload(app, other.headers, uploadBody(page))).status).toBe(201);

    type List = { items: { id: string; capturer: { name: string } }[]; total: number };
    const list = async (h: Record<string, string>, qs = '') => (await (await app.request(`/api/captures${qs}`, { headers: h })).json()) as List;
    expect((await list(staff.headers)).items.map((c) => c.id)).toEqual([id]);
    expect((await list(other.headers)).items.map((c) => c.id)).toEqual([page.manifest.captureId]);
    expect((await list(legal.headers)).total).toBe(2);
    expect((await list(lead.headers, '?platform=weibo')).items.map((c) => c.id)).toEqual([id]);
    expect((await list(lead.headers, `?userId=${other.user.id}`)).items.map((c) => c.id)).toEqual([page.manifest.captureId]);
    expect((await list(lead.headers, `?q=${encodeURIComponent('召回')}`)).items.map((c) => c.id)).toEqual([page.manifest.captureId]);
    expect((await list(lead.headers, '?q=100%25')).total).toBe(0);
    // 3+ characters go through the trigram index: substrings, any case, Chinese or not.
    expect((await list(lead.headers, `?q=${encodeURIComponent('品牌召回')}`)).items.map((c) => c.id)).toEqual([page.manifest.captureId]);
    expect((await list(lead.headers, '?q=NEWS.example')).items.map((c) => c.id)).toEqual([page.manifest.captureId]);
    expect((await list(lead.headers, `?q=${encodeURIComponent('某品牌')}`)).total).toBe(2);
    expect((await list(lead.headers, `?q=${encodeURIComponent('"某品牌')}`)).total).toBe(0);
    expect((await list(legal.headers, '?limit=1')).items[0]!.capturer.name).not.toBe('');

    for (const path of ['', '/verify', '/export', '/artefacts/unit.json']) {
      expect((await app.request(`/api/captures/${id}${path}`, { headers: other.headers })).status, path).toBe(path === '/export' ? 403 : 404);
      expect((await app.request(`/api/captures/${id}${path}`, { headers: legal.headers })).status, path).toBe(200);
    }
    expect((await app.request(`/api/captures/${id}`)).status).toBe(401);
  });

  test('a receipt’s tree head is provably a prefix of every later head (consistency proof)', async () => {
    const { app, deps, id, staff, device } = await withCapture();
    const receipt = ((await (await app.request(`/api/captures/${id}`, { headers: staff.headers })).json()) as { receipt: { treeHead: { size: number } } }).receipt;
    for (let i = 0; i < 4; i++) await upload(app, staff.headers, uploadBody(await signedCapture(staff.user, device)));
    const res = await app.request(`/api/captures/log/consistency?from=${receipt.treeHead.size}`, { headers: staff.headers });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ConsistencyProof;
    expect(body.to.size).toBe(6);
    const key = logKeyOf(deps.keys).publicJwk;
    expect(await verifyTreeHead(body.from, key)).toBe(true);
    expect(await verifyTreeHead(body.to, key)).toBe(true);
    expect(verifyConsistency(body.from.size, body.to.size, fromHex(body.from.rootHash), fromHex(body.to.rootHash), body.proof.map(fromHex))).toBe(true);
    const three = (await (await app.request('/api/captures/log/consistency?from=3&to=5', { headers: staff.headers })).json()) as ConsistencyProof;
    expect(verifyConsistency(3, 5, fromHex(three.from.rootHash), fromHex(three.to.rootHash), three.proof.map(fromHex))).toBe(true);
    expect((await app.request('/api/captures/log/consistency?from=99', { headers: staff.headers })).status).toBe(404);
    const log = (await (await app.request('/api/captures/log', { headers: staff.headers })).json()) as { treeHead: { size: number }; publicKeyJwk: { x: string }; publicKeyPem: string };
    expect(log.treeHead.size).toBe(6);
    expect(log.publicKeyJwk.x).toBe(key.x);
    expect(log.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });

  test('with a longer log, proofs come from stored subtree nodes, and an edited node is caught', async () => {
    const { app, db, id, staff } = await withCapture();
    for (let i = 0; i < 40; i++) await app.request(`/api/captures/${id}/artefacts/unit.json`, { headers: staff.headers }); // downloads are never coalesced
    expect((await verify(app, id, staff.headers)).ok).toBe(true);
    const nodes = await db.$client.execute('select count(*) as n from log_nodes');
    expect(Number(nodes.rows[0]!.n)).toBe(20 + 10 + 5 + 2 + 1); // perfect subtrees of 2, 4, 8, 16, 32 among 41 leaves
    await db.$client.execute(`update log_nodes set hash = ${flipFirstByte('hash')} where level = 4 and idx = 1`);
    expect(failed(await verify(app, id, staff.headers))).toEqual(['log-inclusion:#0 / 41', 'log-consistency:1 → 41']);
    // A missing node is no weakness: proofs are then recomputed from every leaf, and still match the signed heads.
    await db.$client.execute('delete from log_nodes where level = 4 and idx = 1');
    expect((await verify(app, id, staff.headers)).ok).toBe(true);
  });
});
